package com.salesplatform.reporting.roster;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.reporting.integration.inbound.RepHiredV1;
import com.salesplatform.reporting.integration.inbound.RepTransferredV1;
import com.salesplatform.reporting.integration.inbound.TeamCreatedV1;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps {@code roster_team} and {@code roster_rep} from {@code sales.performance.events}. */
@Configuration(proxyBeanMethods = false)
class RosterProjection {

    @Bean
    InboundSubscription rosterReplica(JdbcTemplate jdbc) {
        return InboundSubscription.named("roster-replica")
                .topic(PlatformProperties.topicOf("performance"))
                .on("TeamCreated", 1, TeamCreatedV1.class, (team, envelope) -> jdbc.update("""
                                INSERT INTO roster_team (team_id, name, manager_rep_id) VALUES (?, ?, ?)
                                ON CONFLICT (team_id) DO UPDATE
                                SET name = EXCLUDED.name, manager_rep_id = EXCLUDED.manager_rep_id""",
                        team.teamId(), team.name(), team.managerRepId()))
                .on("RepHired", 1, RepHiredV1.class, (rep, envelope) -> jdbc.update("""
                                INSERT INTO roster_rep (rep_id, team_id, name) VALUES (?, ?, ?)
                                ON CONFLICT (rep_id) DO UPDATE SET team_id = EXCLUDED.team_id, name = EXCLUDED.name""",
                        rep.repId(), rep.teamId(), rep.name()))
                .on("RepTransferred", 1, RepTransferredV1.class, (move, envelope) -> jdbc.update(
                        "UPDATE roster_rep SET team_id = ? WHERE rep_id = ?", move.toTeamId(), move.repId()))
                .build();
    }
}
