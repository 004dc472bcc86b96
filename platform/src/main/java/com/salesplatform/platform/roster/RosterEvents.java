package com.salesplatform.platform.roster;

import java.time.LocalDate;

/**
 * The platform's reading of performance-service's roster events (contracts/events/performance, version 1): only the
 * fields the replica keeps; the tolerant reader skips the others.
 */
final class RosterEvents {

    private RosterEvents() {
    }

    record RepHiredV1(String repId, String name, String teamId, int grade, LocalDate hiredOn) {
    }

    record RepTransferredV1(String repId, String fromTeamId, String toTeamId, LocalDate effectiveOn) {
    }

    record RepPromotedV1(String repId, int fromGrade, int toGrade) {
    }

    record RepDepartedV1(String repId, String teamId, LocalDate departedOn) {
    }

    record TeamCreatedV1(String teamId, String name, String managerRepId) {
    }

    record TeamManagerAssignedV1(String teamId, String managerRepId, String previousManagerRepId) {
    }
}
