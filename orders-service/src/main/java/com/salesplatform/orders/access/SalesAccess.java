package com.salesplatform.orders.access;

import com.salesplatform.orders.lookup.CustomerReplica;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a customer's deals and orders: ADMIN everything; a MANAGER those of their team's reps (and
 * approves, releases, ships, delivers and confirms payments for that team, except on their own deals); a REP those
 * of the customers they own, reporting payments for someone else to confirm; INTEGRATION reads and never writes.
 */
@Component
public class SalesAccess {

    private final CustomerReplica customers;
    private final OwnerScope owners;
    private final Duration newCustomerPatience;

    SalesAccess(CustomerReplica customers, OwnerScope owners,
                @Value("${sales.orders.new-customer-patience:PT3S}") Duration newCustomerPatience) {
        this.customers = customers;
        this.owners = owners;
        this.newCustomerPatience = newCustomerPatience;
    }

    /** The caller's scope over a deal, quote or order: its owner and the team stored with it. */
    public boolean mayRead(CallerIdentity caller, String ownerRepId, String ownerTeamId) {
        return CallerScope.of(caller).covers(ownerRepId, ownerTeamId);
    }

    /**
     * A customer this service does not know, after waiting up to {@code sales.orders.new-customer-patience} for the
     * replica, is a 400; someone else's customer a 403.
     */
    public void requireMayDealWith(CallerIdentity caller, String customerId) {
        if (!customers.isKnownWithin(customerId, newCustomerPatience)) {
            throw new FieldRejectedException("customerId", "is not a known customer");
        }
        if (caller.isAdmin()) {
            return;
        }
        String owner = customers.ownerOf(customerId).orElse(null);
        boolean own = owner != null && caller.is(owner) && (caller.has(Role.REP) || caller.has(Role.MANAGER));
        if (!own && !owners.managesTeamOf(caller, owner)) {
            throw new AccessDeniedException("You may deal only with your own or your team's customers");
        }
    }

    /** For something the caller can see: INTEGRATION reads only. */
    public void requireMayChange(CallerIdentity caller) {
        ObjectAccess.requireWriter(caller, "You may not change deals or orders");
    }

    /**
     * Approvals, credit releases, shipments, deliveries and confirmed payments: ADMIN, or the MANAGER of the owner's
     * team — never the owner themselves (segregation of duties: a manager's own deal goes to ADMIN).
     */
    public void requireOverseer(CallerIdentity caller, String ownerRepId, String ownerTeamId, String what) {
        if (!isOverseer(caller, ownerRepId, ownerTeamId)) {
            throw new AccessDeniedException("Only ADMIN or the MANAGER of the rep's team, and never the owner, may "
                    + what);
        }
    }

    /** A discount beyond the approval threshold on an order placed directly: only by an overseer of its owner. */
    public boolean mayGrantLargeDiscount(CallerIdentity caller, String customerId) {
        String owner = customers.ownerOf(customerId).orElse(null);
        return caller.isAdmin() || (owner != null && owners.oversees(caller, owner));
    }

    public boolean isOverseer(CallerIdentity caller, String ownerRepId, String ownerTeamId) {
        return ObjectAccess.oversees(caller, ownerRepId, ownerTeamId);
    }
}
