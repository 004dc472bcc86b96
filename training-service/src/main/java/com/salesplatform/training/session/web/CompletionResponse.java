package com.salesplatform.training.session.web;

import java.time.LocalDate;

/** The answer to a recorded assessment: {@code id} is the rep's id; the certification only when passed. */
public record CompletionResponse(String id, String sessionId, int score, boolean passed, String certificationId,
                                 LocalDate certificationExpiresOn) {
}
