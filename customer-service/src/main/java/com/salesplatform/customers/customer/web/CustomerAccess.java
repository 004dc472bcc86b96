package com.salesplatform.customers.customer.web;

import com.salesplatform.customers.customer.api.CustomerVisibility;
import com.salesplatform.customers.customer.api.FindCustomerSummaryQuery;
import com.salesplatform.customers.customer.query.CustomerSummary;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Object-level access (docs/domain.md "Who uses it, and what they may do"): ADMIN and INTEGRATION see every customer, a MANAGER those
 * owned by reps of their team (and their own), a REP only their own; what a caller may not see is 404, reads and
 * writes alike. INTEGRATION only reads; reassigning and credit limits are for MANAGER and ADMIN.
 */
@Component
public class CustomerAccess {

    private final QueryGateway queries;
    private final RosterReplica roster;

    CustomerAccess(QueryGateway queries, RosterReplica roster) {
        this.queries = queries;
        this.roster = roster;
    }

    public CustomerVisibility visibility(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return CustomerVisibility.everyCustomer();
        }
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            return CustomerVisibility.teamAndOwn(caller.teamId().get(), caller.subject());
        }
        return CustomerVisibility.onlyOwn(caller.subject());
    }

    /** The customer if the caller may see it, else 404 (no existence leak). */
    public CustomerSummary visible(CallerIdentity caller, String customerId) {
        return find(caller, customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
    }

    /** The customer if it exists and the caller may see it. */
    public Optional<CustomerSummary> find(CallerIdentity caller, String customerId) {
        CustomerVisibility visibility = visibility(caller);
        return queries.query(new FindCustomerSummaryQuery(customerId),
                        ResponseTypes.optionalInstanceOf(CustomerSummary.class)).join()
                .filter(customer -> visibility.all()
                        || customer.ownerRepId().equals(visibility.repId())
                        || (visibility.teamId() != null && visibility.teamId().equals(customer.ownerTeamId())));
    }

    /** The customer if the caller may see and change it. */
    public CustomerSummary writable(CallerIdentity caller, String customerId) {
        CustomerSummary customer = visible(caller, customerId);
        requireWriter(caller);
        return customer;
    }

    public void requireWriter(CallerIdentity caller) {
        if (!caller.isAdmin() && !caller.has(Role.MANAGER) && !caller.has(Role.REP)) {
            throw new AccessDeniedException("Your role may only read customers");
        }
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
