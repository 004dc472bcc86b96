package com.salesplatform.performance.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code sales.demo-roster}: the demo teams and reps of the local run (application-local.yml). */
@ConfigurationProperties("sales.demo-roster")
record DemoRosterProperties(List<Team> teams, List<Rep> reps) {

    DemoRosterProperties {
        teams = teams == null ? List.of() : List.copyOf(teams);
        reps = reps == null ? List.of() : List.copyOf(reps);
    }

    record Team(String id, String name, String managerRepId) {
    }

    record Rep(String id, String name, String teamId, int grade, LocalDate hiredOn) {
    }
}
