package com.salesplatform.performance.rep.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** {@code POST /api/reps/{id}/departure}. */
public record RepDepartureRequest(@NotNull @PastOrPresent LocalDate departedOn) {
}
