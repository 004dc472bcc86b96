package com.salesplatform.targets.access;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which risks. ADMIN and INTEGRATION read the whole register; a MANAGER reads the risks owned
 * by themselves or by a current rep of their team; a REP reads the risks they own. Changes: ADMIN any risk; a
 * MANAGER those they may read. A REP may register a risk they own themselves (the policy asks every rep to report the
 * risks they meet); assessing, planning and closing it stay with their manager. A risk without an owner (registered
 * by an ADMIN) is ADMIN's.
 */
@Component
public class RiskAccess {

    private final RosterReplica roster;

    public RiskAccess(RosterReplica roster) {
        this.roster = roster;
    }

    /** The register a list shows the caller: everything, or a team's and its manager's own, or the caller's own. */
    public RiskViewer viewerOf(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return new RiskViewer(null, null);
        }
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            return new RiskViewer(caller.subject(), caller.teamId().get());
        }
        return new RiskViewer(caller.subject(), null);
    }

    public boolean mayRead(CallerIdentity caller, String ownerRepId) {
        return caller.isAdmin() || caller.has(Role.INTEGRATION) || (ownerRepId != null && caller.is(ownerRepId))
                || managesOwner(caller, ownerRepId);
    }

    public boolean mayIdentify(CallerIdentity caller, String ownerRepId) {
        return mayChange(caller, ownerRepId) || (caller.has(Role.REP) && caller.is(ownerRepId));
    }

    public boolean mayChange(CallerIdentity caller, String ownerRepId) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.has(Role.MANAGER) && ownerRepId != null
                && (caller.is(ownerRepId) || managesOwner(caller, ownerRepId));
    }

    private boolean managesOwner(CallerIdentity caller, String ownerRepId) {
        return ownerRepId != null && caller.has(Role.MANAGER)
                && roster.teamOfActiveRep(ownerRepId).map(caller::manages).orElse(false);
    }

    /** {@code ownerRepId} null: every risk; else the risks it owns, and with {@code teamId} those of its reps too. */
    public record RiskViewer(String ownerRepId, String teamId) {
    }
}
