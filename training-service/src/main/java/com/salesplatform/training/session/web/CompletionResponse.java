package com.salesplatform.training.session.web;

import java.time.LocalDate;

/**
 * The answer to a recorded assessment: the completion's own {@code id} (one per rep and session), whose it is, and
 * the certification only when passed.
 */
public record CompletionResponse(String id, String sessionId, String repId, int score, boolean passed,
                                 String certificationId, LocalDate certificationExpiresOn) {
}
