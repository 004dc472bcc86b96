package com.salesplatform.performance.rep.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Published as RepTransferred v1 (contracts/events/performance): these fields are the published payload. */
@Revision("1")
public record RepTransferredEvent(String repId, String fromTeamId, String toTeamId, LocalDate effectiveOn) {
}
