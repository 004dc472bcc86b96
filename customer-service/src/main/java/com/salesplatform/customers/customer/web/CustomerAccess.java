package com.salesplatform.customers.customer.web;

import com.salesplatform.customers.customer.api.FindCustomerSummaryQuery;
import com.salesplatform.customers.customer.query.CustomerSummary;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Object-level access (docs/security.md): the caller's scope (the platform's {@link CallerScope}) over a customer's
 * owner, a manager's team being the owner's team in the roster replica; what a caller may not see is 404, reads and
 * writes alike (the platform's {@link ObjectAccess}). Local rules: INTEGRATION only reads; reassigning and credit
 * limits are for MANAGER and ADMIN, erasure for ADMIN; a new owner is the caller or, for a manager, a rep of their
 * team.
 */
@Component
public class CustomerAccess {

    private final QueryGateway queries;
    private final RosterReplica roster;

    CustomerAccess(QueryGateway queries, RosterReplica roster) {
        this.queries = queries;
        this.roster = roster;
    }

    /** The customer if the caller may see it, else 404 (no existence leak). */
    public CustomerSummary visible(CallerIdentity caller, String customerId) {
        return ObjectAccess.visibleOrNotFound(current(customerId), customer -> mayRead(caller, customer), "Customer",
                customerId);
    }

    /** The customer if it exists and the caller may see it. */
    public Optional<CustomerSummary> find(CallerIdentity caller, String customerId) {
        return current(customerId).filter(customer -> mayRead(caller, customer));
    }

    /** The caller's scope over the customer's owner and the owner's team in the roster replica. */
    private static boolean mayRead(CallerIdentity caller, CustomerSummary customer) {
        return CallerScope.of(caller).covers(customer.ownerRepId(), customer.ownerTeamId());
    }

    private Optional<CustomerSummary> current(String customerId) {
        return queries.query(new FindCustomerSummaryQuery(customerId),
                ResponseTypes.optionalInstanceOf(CustomerSummary.class)).join();
    }

    /** The customer if the caller may see and change it. */
    public CustomerSummary writable(CallerIdentity caller, String customerId) {
        CustomerSummary customer = visible(caller, customerId);
        requireWriter(caller);
        return customer;
    }

    public void requireWriter(CallerIdentity caller) {
        ObjectAccess.requireWriter(caller, "Your role may only read customers");
    }

    public void requireManagerOrAdmin(CallerIdentity caller) {
        if (!caller.isAdmin() && !caller.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only a MANAGER or an ADMIN may do this");
        }
    }

    public void requireAdmin(CallerIdentity caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Only an ADMIN may do this");
        }
    }

    /**
     * Whether the caller may make {@code repId} an owner: an ADMIN anyone, a MANAGER themself or a rep of their
     * team, a REP only themself. A rep missing from the roster is left to the command (a 400 naming the field).
     */
    public void requireMayAssignTo(CallerIdentity caller, String repId) {
        if (caller.isAdmin() || caller.is(repId)) {
            return;
        }
        boolean inManagersTeam = caller.has(Role.MANAGER) && caller.teamId().isPresent()
                && roster.teamOf(repId).map(team -> team.equals(caller.teamId().get())).orElse(true);
        if (!inManagersTeam) {
            throw new AccessDeniedException("You may only give customers to yourself or to reps of your team");
        }
    }
}
