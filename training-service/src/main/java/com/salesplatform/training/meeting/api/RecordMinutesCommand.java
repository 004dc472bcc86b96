package com.salesplatform.training.meeting.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The minutes of a meeting and the action items it decided; recorded once. */
public record RecordMinutesCommand(@TargetAggregateIdentifier String meetingId, String minutes,
                                   List<ActionItem> actionItems) {
}
