package com.salesplatform.performance.rep.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a rep to another existing team from {@code effectiveOn} on. */
public record TransferRepCommand(@TargetAggregateIdentifier String repId, String toTeamId, LocalDate effectiveOn) {
}
