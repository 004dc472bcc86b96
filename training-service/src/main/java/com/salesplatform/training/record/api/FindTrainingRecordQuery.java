package com.salesplatform.training.record.api;

import java.time.LocalDate;

/** All of a rep's learning, and the certifications still valid on {@code validOn}. */
public record FindTrainingRecordQuery(String repId, LocalDate validOn) {
}
