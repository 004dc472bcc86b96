package com.salesplatform.performance.rep.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Published as RepHired v1 (contracts/events/performance): these fields are the published payload. */
@Revision("1")
public record RepHiredEvent(String repId, String name, String teamId, int grade, LocalDate hiredOn) {
}
