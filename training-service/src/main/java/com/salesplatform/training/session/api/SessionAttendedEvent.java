package com.salesplatform.training.session.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Published as SessionAttended v1: the rep attended and earns the course's hours. */
@Revision("1")
public record SessionAttendedEvent(String sessionId, String courseId, String repId, BigDecimal hours) {
}
