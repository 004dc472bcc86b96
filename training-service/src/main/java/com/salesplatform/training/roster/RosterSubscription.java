package com.salesplatform.training.roster;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.training.integration.inbound.RepHiredV1;
import com.salesplatform.training.integration.inbound.TeamCreatedV1;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps {@link Roster} from {@code sales.performance.events}. */
@Configuration(proxyBeanMethods = false)
class RosterSubscription {

    @Bean
    InboundSubscription rosterReplica(Roster roster) {
        return InboundSubscription.named("roster-replica")
                .topic(PlatformProperties.topicOf("performance"))
                .on("TeamCreated", 1, TeamCreatedV1.class,
                        (team, envelope) -> roster.recordTeam(team.teamId(), team.name(), team.managerRepId()))
                .on("RepHired", 1, RepHiredV1.class,
                        (rep, envelope) -> roster.recordRep(rep.repId(), rep.teamId(), rep.name()))
                .build();
    }
}
