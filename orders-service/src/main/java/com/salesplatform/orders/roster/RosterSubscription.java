package com.salesplatform.orders.roster;

import com.salesplatform.orders.integration.inbound.RepHiredV1;
import com.salesplatform.orders.integration.inbound.RepTransferredV1;
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
                .on("RepHired", 1, RepHiredV1.class, (rep, envelope) -> roster.recordRep(rep.repId(), rep.teamId()))
                // applied on receipt, even when effective later: new deals and orders follow the rep's new team
                .on("RepTransferred", 1, RepTransferredV1.class,
                        (transfer, envelope) -> roster.recordRep(transfer.repId(), transfer.toTeamId()))
                .build();
    }
}
