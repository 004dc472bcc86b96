package com.salesplatform.targets.risk.web;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import com.salesplatform.targets.roster.Roster;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which risks. The register is read by ADMIN, MANAGER and INTEGRATION; a REP reads the risks
 * they own. Changes: ADMIN any risk; a MANAGER the risks owned by themselves or by a rep of their team. A REP may
 * register a risk they own themselves (the policy asks every rep to report the risks they meet); assessing,
 * planning and closing it stay with their manager.
 */
@Component
class RiskAccess {

    private final Roster roster;

    RiskAccess(Roster roster) {
        this.roster = roster;
    }

    boolean readsAll(CallerIdentity caller) {
        return caller.isAdmin() || caller.has(Role.MANAGER) || caller.has(Role.INTEGRATION);
    }

    boolean mayRead(CallerIdentity caller, String ownerRepId) {
        return readsAll(caller) || (ownerRepId != null && caller.is(ownerRepId));
    }

    boolean mayIdentify(CallerIdentity caller, String ownerRepId) {
        return mayChange(caller, ownerRepId) || (caller.has(Role.REP) && caller.is(ownerRepId));
    }

    boolean mayChange(CallerIdentity caller, String ownerRepId) {
        if (caller.isAdmin()) {
            return true;
        }
        if (!caller.has(Role.MANAGER) || ownerRepId == null) {
            return false;
        }
        return caller.is(ownerRepId) || caller.teamId()
                .map(team -> roster.teamOfActiveRep(ownerRepId).map(team::equals).orElse(false))
                .orElse(false);
    }
}
