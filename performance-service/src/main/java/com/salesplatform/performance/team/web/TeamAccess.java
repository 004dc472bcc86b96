package com.salesplatform.performance.team.web;

import com.salesplatform.performance.team.api.TeamVisibility;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.security.CallerIdentity;
import org.springframework.stereotype.Component;

/**
 * Who may create and see which teams: ADMIN creates; whoever sees everything (the platform's {@link CallerScope})
 * sees every team. Local rule: everyone else, a rep too, sees the team they belong to or manage.
 */
@Component
public class TeamAccess {

    /** Creating a team and assigning its manager. */
    public boolean mayCreate(CallerIdentity caller) {
        return caller.isAdmin();
    }

    public TeamVisibility visibility(CallerIdentity caller) {
        if (CallerScope.of(caller).all()) {
            return TeamVisibility.everyTeam();
        }
        return TeamVisibility.onlyTeam(caller.teamId().orElse(null));
    }

    public boolean mayRead(CallerIdentity caller, String teamId) {
        TeamVisibility visibility = visibility(caller);
        return visibility.all() || teamId.equals(visibility.teamId());
    }
}
