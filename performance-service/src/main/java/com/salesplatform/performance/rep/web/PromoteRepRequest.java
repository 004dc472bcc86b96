package com.salesplatform.performance.rep.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code POST /api/reps/{id}/promotion}. */
public record PromoteRepRequest(@NotNull @Min(1) @Max(6) Integer toGrade) {
}
