package com.salesplatform.reporting.salesreport.web;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A rep submits their own reports; a MANAGER reviews and reads their team's, never reviewing their own; ADMIN (and
 * INTEGRATION, reading) all.
 */
@Component
class SalesReportAccess {

    private final RosterReplica roster;

    SalesReportAccess(RosterReplica roster) {
        this.roster = roster;
    }

    boolean maySubmitFor(CallerIdentity caller, String repId) {
        return caller.isAdmin() || caller.is(repId);
    }

    /** ADMIN, or the MANAGER of the rep's team — never their own report (segregation of duties: ADMIN reviews it). */
    boolean mayReview(CallerIdentity caller, String repId) {
        return caller.isAdmin() || (managesTeamOf(caller, repId) && !caller.is(repId));
    }

    boolean mayRead(CallerIdentity caller, String repId) {
        return caller.isAdmin() || caller.has(Role.INTEGRATION) || caller.is(repId) || managesTeamOf(caller, repId);
    }

    /** The reps whose reports the caller may list; {@code null} for everyone's. */
    Set<String> visibleReps(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return null;
        }
        Set<String> reps = new HashSet<>(Set.of(caller.subject()));
        if (caller.has(Role.MANAGER)) {
            caller.teamId().ifPresent(team -> reps.addAll(roster.repsOf(team)));
        }
        return reps;
    }

    private boolean managesTeamOf(CallerIdentity caller, String repId) {
        return roster.teamOf(repId).map(caller::manages).orElse(false);
    }
}
