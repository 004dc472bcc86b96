package com.salesplatform.performance.rep.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Published as RepDeparted v1 (contracts/events/performance): these fields are the published payload. */
@Revision("1")
public record RepDepartedEvent(String repId, String teamId, LocalDate departedOn) {
}
