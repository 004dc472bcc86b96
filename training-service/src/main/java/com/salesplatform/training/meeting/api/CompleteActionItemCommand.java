package com.salesplatform.training.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteActionItemCommand(@TargetAggregateIdentifier String meetingId, String actionItemId,
                                        String completedBy) {
}
