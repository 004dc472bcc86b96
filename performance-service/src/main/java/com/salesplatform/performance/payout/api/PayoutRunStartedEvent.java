package com.salesplatform.performance.payout.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A payout run for a period started; facts recorded after {@code cutoff} do not count in it. Not published. */
@Revision("1")
public record PayoutRunStartedEvent(String runId, String period, Instant cutoff) {
}
