package com.salesplatform.training.session.api;

import java.time.LocalDate;

/**
 * What an assessment came to: the completion's {@code id} (one per rep and session), whether it passed, and
 * {@code certificationId} and its expiry only when passed.
 */
public record CompletionOutcome(String id, boolean passed, String certificationId, LocalDate certificationExpiresOn) {
}
