package com.salesplatform.training.session.web;

import com.salesplatform.training.shared.Ids;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/sessions/{id}/withdrawals}: {@code repId} defaults to the caller. */
public record WithdrawalRequest(@Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String repId) {
}
