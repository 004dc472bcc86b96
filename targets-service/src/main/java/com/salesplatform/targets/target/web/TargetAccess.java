package com.salesplatform.targets.target.web;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import com.salesplatform.targets.roster.Roster;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.Viewer;
import org.springframework.stereotype.Component;

/**
 * Who may see and set which targets: ADMIN anything; a MANAGER their own team's targets and its reps', and reads the
 * company's; a REP reads their own and the company's.
 */
@Component
public class TargetAccess {

    private final Roster roster;

    TargetAccess(Roster roster) {
        this.roster = roster;
    }

    public boolean maySet(CallerIdentity caller, TargetScope scope, String ownerId) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.has(Role.MANAGER) && scope != TargetScope.COMPANY && ownedByCallersTeam(caller, scope, ownerId);
    }

    public boolean mayRead(CallerIdentity caller, TargetScope scope, String ownerId) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION) || scope == TargetScope.COMPANY) {
            return true;
        }
        if (caller.has(Role.MANAGER) && ownedByCallersTeam(caller, scope, ownerId)) {
            return true;
        }
        return scope == TargetScope.REP && caller.is(ownerId);
    }

    /** The visibility {@link #mayRead} grants, for list queries. */
    public Viewer viewerOf(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return Viewer.everything();
        }
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            return Viewer.managerOf(caller.teamId().get());
        }
        return Viewer.rep(caller.subject());
    }

    private boolean ownedByCallersTeam(CallerIdentity caller, TargetScope scope, String ownerId) {
        String team = caller.teamId().orElse(null);
        if (team == null) {
            return false;
        }
        return switch (scope) {
            case TEAM -> team.equals(ownerId);
            case REP -> roster.teamOfActiveRep(ownerId).map(team::equals).orElse(false);
            case COMPANY -> false;
        };
    }
}
