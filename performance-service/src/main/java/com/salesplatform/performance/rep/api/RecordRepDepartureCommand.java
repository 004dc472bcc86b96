package com.salesplatform.performance.rep.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a rep left the company on {@code departedOn}; they stay in history but are no current member. */
public record RecordRepDepartureCommand(@TargetAggregateIdentifier String repId, LocalDate departedOn) {
}
