package com.salesplatform.training.session.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The enrolled reps who attended the session. */
public record RecordAttendanceCommand(@TargetAggregateIdentifier String sessionId, List<String> repIds) {
}
