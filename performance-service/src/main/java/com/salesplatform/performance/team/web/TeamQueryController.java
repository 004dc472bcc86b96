package com.salesplatform.performance.team.web;

import com.salesplatform.performance.team.api.FindTeamQuery;
import com.salesplatform.performance.team.api.FindTeamsQuery;
import com.salesplatform.performance.team.query.TeamList;
import com.salesplatform.performance.team.query.TeamView;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TeamController.PATH)
class TeamQueryController {

    private final QueryGateway queries;
    private final TeamAccess access;

    TeamQueryController(QueryGateway queries, TeamAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    PageResponse<TeamView> teams(PageQuery page, CallerIdentity caller) {
        TeamList teams = queries.query(new FindTeamsQuery(access.visibility(caller), page),
                ResponseTypes.instanceOf(TeamList.class)).join();
        return PageResponse.of(teams.items(), page, teams.totalItems());
    }

    @GetMapping("/{teamId}")
    TeamView team(@PathVariable String teamId, CallerIdentity caller) {
        Optional<TeamView> team = queries.query(new FindTeamQuery(teamId),
                ResponseTypes.optionalInstanceOf(TeamView.class)).join();
        return ObjectAccess.visibleOrNotFound(team, view -> access.mayRead(caller, view.id()), "Team", teamId);
    }
}
