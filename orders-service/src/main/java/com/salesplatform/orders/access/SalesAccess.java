package com.salesplatform.orders.access;

import com.salesplatform.orders.customer.CustomerReplica;
import com.salesplatform.orders.roster.Roster;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import com.salesplatform.platform.web.FieldRejectedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a customer's deals and orders: ADMIN everything; a MANAGER those of their team's reps (and
 * approves or releases for that team); a REP those of the customers they own; INTEGRATION reads and never writes.
 */
@Component
public class SalesAccess {

    private final CustomerReplica customers;
    private final Roster roster;

    SalesAccess(CustomerReplica customers, Roster roster) {
        this.customers = customers;
        this.roster = roster;
    }

    public Visibility visibility(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return Visibility.everything();
        }
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            return Visibility.teamAndOwn(caller.teamId().get(), caller.subject());
        }
        return Visibility.onlyOwn(caller.subject());
    }

    public boolean mayRead(CallerIdentity caller, String ownerRepId, String ownerTeamId) {
        return visibility(caller).covers(ownerRepId, ownerTeamId);
    }

    /** A customer this service does not know is a 400; someone else's customer a 403. */
    public void requireMayDealWith(CallerIdentity caller, String customerId) {
        if (!customers.isKnown(customerId)) {
            throw new FieldRejectedException("customerId", "is not a known customer");
        }
        if (caller.isAdmin()) {
            return;
        }
        String owner = customers.ownerOf(customerId).orElse(null);
        boolean own = owner != null && caller.is(owner) && (caller.has(Role.REP) || caller.has(Role.MANAGER));
        boolean team = owner != null && roster.teamOf(owner).map(caller::manages).orElse(false);
        if (!own && !team) {
            throw new AccessDeniedException("You may deal only with your own or your team's customers");
        }
    }

    /** For something the caller can see: INTEGRATION reads only. */
    public void requireMayChange(CallerIdentity caller) {
        if (!caller.isAdmin() && !caller.has(Role.MANAGER) && !caller.has(Role.REP)) {
            throw new AccessDeniedException("You may not change deals or orders");
        }
    }

    /** Approvals and credit releases: ADMIN, or the MANAGER of the owner's team. */
    public void requireTeamManager(CallerIdentity caller, String ownerTeamId, String what) {
        if (!caller.isAdmin() && (ownerTeamId == null || !caller.manages(ownerTeamId))) {
            throw new AccessDeniedException("Only the MANAGER of the rep's team may " + what);
        }
    }
}
