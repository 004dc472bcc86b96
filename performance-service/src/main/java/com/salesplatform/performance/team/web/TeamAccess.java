package com.salesplatform.performance.team.web;

import com.salesplatform.performance.team.api.TeamVisibility;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import org.springframework.stereotype.Component;

/** Who may create and see which teams: ADMIN creates; ADMIN and INTEGRATION see all; others their own team. */
@Component
public class TeamAccess {

    /** Creating a team and assigning its manager. */
    public boolean mayCreate(CallerIdentity caller) {
        return caller.isAdmin();
    }

    public TeamVisibility visibility(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return TeamVisibility.everyTeam();
        }
        return TeamVisibility.onlyTeam(caller.teamId().orElse(null));
    }

    public boolean mayRead(CallerIdentity caller, String teamId) {
        TeamVisibility visibility = visibility(caller);
        return visibility.all() || teamId.equals(visibility.teamId());
    }
}
