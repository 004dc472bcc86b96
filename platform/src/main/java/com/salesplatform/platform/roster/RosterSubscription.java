package com.salesplatform.platform.roster;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.roster.RosterEvents.RepDepartedV1;
import com.salesplatform.platform.roster.RosterEvents.RepHiredV1;
import com.salesplatform.platform.roster.RosterEvents.RepPromotedV1;
import com.salesplatform.platform.roster.RosterEvents.RepTransferredV1;
import com.salesplatform.platform.roster.RosterEvents.TeamCreatedV1;
import com.salesplatform.platform.roster.RosterEvents.TeamManagerAssignedV1;

/**
 * The one subscription that keeps {@link RosterReplica} from {@code sales.performance.events}, through the inbox
 * (each event id applied once) like every inbound subscription. Its consumer group is
 * {@code <application>.roster}; the envelope's {@code aggregateId} and {@code sequence} order the facts.
 */
final class RosterSubscription {

    static final String NAME = "roster";

    private RosterSubscription() {
    }

    static InboundSubscription of(RosterReplicaUpdates replica) {
        return InboundSubscription.named(NAME)
                .topic(PlatformProperties.topicOf("performance"))
                .on("RepHired", 1, RepHiredV1.class, (hire, envelope) -> replica.hired(hire.repId(),
                        envelope.sequence(), hire.name(), hire.teamId(), hire.grade(), hire.hiredOn()))
                .on("RepTransferred", 1, RepTransferredV1.class, (transfer, envelope) ->
                        replica.transferred(transfer.repId(), envelope.sequence(), transfer.toTeamId()))
                .on("RepPromoted", 1, RepPromotedV1.class, (promotion, envelope) ->
                        replica.promoted(promotion.repId(), envelope.sequence(), promotion.toGrade()))
                .on("RepDeparted", 1, RepDepartedV1.class, (departure, envelope) -> replica.departed(
                        departure.repId(), envelope.sequence(), departure.teamId(), departure.departedOn()))
                .on("TeamCreated", 1, TeamCreatedV1.class, (team, envelope) ->
                        replica.teamCreated(team.teamId(), envelope.sequence(), team.name(), team.managerRepId()))
                .on("TeamManagerAssigned", 1, TeamManagerAssignedV1.class, (change, envelope) ->
                        replica.managerAssigned(change.teamId(), envelope.sequence(), change.managerRepId()))
                .build();
    }
}
