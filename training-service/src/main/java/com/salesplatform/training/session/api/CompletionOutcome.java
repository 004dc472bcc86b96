package com.salesplatform.training.session.api;

import java.time.LocalDate;

/** What an assessment came to; {@code certificationId} and its expiry only when passed. */
public record CompletionOutcome(boolean passed, String certificationId, LocalDate certificationExpiresOn) {
}
