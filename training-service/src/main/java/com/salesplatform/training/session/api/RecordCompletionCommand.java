package com.salesplatform.training.session.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A rep who attended took the assessment: {@code score} 0–100, on {@code completedOn}. */
public record RecordCompletionCommand(@TargetAggregateIdentifier String sessionId, String repId, Integer score, LocalDate completedOn) {
}
