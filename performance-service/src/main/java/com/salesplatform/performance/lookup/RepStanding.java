package com.salesplatform.performance.lookup;

import java.time.LocalDate;

/** A rep as the roster stood on some date. */
public record RepStanding(String repId, String name, String teamId, int grade, LocalDate hiredOn,
                          LocalDate departedOn) {

    RepStanding inTeam(String newTeamId) {
        return new RepStanding(repId, name, newTeamId, grade, hiredOn, departedOn);
    }

    RepStanding atGrade(int newGrade) {
        return new RepStanding(repId, name, teamId, newGrade, hiredOn, departedOn);
    }

    RepStanding leftOn(LocalDate date) {
        return new RepStanding(repId, name, teamId, grade, hiredOn, date);
    }
}
