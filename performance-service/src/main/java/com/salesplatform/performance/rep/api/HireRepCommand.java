package com.salesplatform.performance.rep.api;

import java.time.LocalDate;

/** Hires a sales rep into an existing team at a grade from 1 to 6. */
public record HireRepCommand(String repId, String name, String teamId, int grade, LocalDate hiredOn) {
}
