package com.salesplatform.targets.target.command;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.targets.target.api.TargetScope;

/** Who may own a target: a team of the roster, or a rep of it who has not departed. */
final class RosterOwners {

    private RosterOwners() {
    }

    static void requireTeam(String field, String teamId, RosterReplica roster) {
        if (!roster.teamExists(teamId)) {
            throw new FieldRejectedException(field, "is not a team in the roster");
        }
    }

    static void requireCurrentRep(String field, String repId, RosterReplica roster) {
        if (roster.teamOfActiveRep(repId).isEmpty()) {
            throw new FieldRejectedException(field, "is not a current rep in the roster");
        }
    }

    /** The owner a target of {@code scope} names: a team, a current rep, or none for the company. */
    static void requireKnown(String field, TargetScope scope, String ownerId, RosterReplica roster) {
        if (ownerId == null || scope == null) {
            return;
        }
        switch (scope) {
            case TEAM -> requireTeam(field, ownerId, roster);
            case REP -> requireCurrentRep(field, ownerId, roster);
            case COMPANY -> { }
        }
    }
}
