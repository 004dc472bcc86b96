package com.salesplatform.performance.rep.query;

import java.time.LocalDate;

/** A rep as the API shows it, with the name of their team; {@code departedOn} is null while they are a member. */
public record RepView(String id, String name, String teamId, String teamName, int grade, LocalDate hiredOn,
                      LocalDate departedOn) {
}
