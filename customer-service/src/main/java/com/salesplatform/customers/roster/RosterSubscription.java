package com.salesplatform.customers.roster;

import com.salesplatform.customers.integration.inbound.RepDepartedV1;
import com.salesplatform.customers.integration.inbound.RepHiredV1;
import com.salesplatform.customers.integration.inbound.RepTransferredV1;
import com.salesplatform.customers.integration.inbound.TeamCreatedV1;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
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
                .on("RepTransferred", 1, RepTransferredV1.class,
                        (move, envelope) -> roster.transfer(move.repId(), move.toTeamId()))
                .on("RepDeparted", 1, RepDepartedV1.class, (departure, envelope) -> roster.depart(departure.repId()))
                .build();
    }
}
