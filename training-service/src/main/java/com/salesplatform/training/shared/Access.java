package com.salesplatform.training.shared;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in training-service: MANAGER and ADMIN run the training programme and publish knowledge; a rep
 * acts for themself; a manager sees the reps of their team (the platform's roster replica: the rep's current team,
 * or the one a departed rep left) and records the attendance and results of its active reps, never their own.
 */
@Component
public class Access {

    private final RosterReplica roster;

    Access(RosterReplica roster) {
        this.roster = roster;
    }

    public void requireManagerOrAdmin(CallerIdentity caller, String action) {
        if (!isManagerOrAdmin(caller)) {
            throw new AccessDeniedException("Only a MANAGER or ADMIN may " + action);
        }
    }

    /** Reps, managers and admins act; an INTEGRATION account only reads. */
    public void requireLearner(CallerIdentity caller) {
        if (!(isManagerOrAdmin(caller) || caller.has(Role.REP))) {
            throw new AccessDeniedException("A read-only account cannot do this");
        }
    }

    public boolean isManagerOrAdmin(CallerIdentity caller) {
        return caller.isAdmin() || caller.has(Role.MANAGER);
    }

    /** Acting for {@code repId}: themself, an ADMIN, or the manager of the rep's team. */
    public boolean mayActFor(CallerIdentity caller, String repId) {
        return caller.is(repId) || caller.isAdmin() || managesRep(caller, repId);
    }

    /** Reading about {@code repId}: who may act for them, and INTEGRATION accounts. */
    public boolean mayReadAbout(CallerIdentity caller, String repId) {
        return mayActFor(caller, repId) || caller.has(Role.INTEGRATION);
    }

    /**
     * Recording what counts for a rep's record and certifications (attendance, assessment results): an ADMIN, or the
     * MANAGER of the rep's team, never for themself (segregation of duties: a manager's own go to ADMIN).
     */
    public void requireOverseerOf(CallerIdentity caller, String repId, String action) {
        boolean overseer = caller.isAdmin() || (managesActiveRep(caller, repId) && !caller.is(repId));
        if (!overseer) {
            throw new AccessDeniedException("Only an ADMIN or the MANAGER of the rep's team, never the rep themself, "
                    + "may " + action + " (" + repId + ")");
        }
    }

    /** Whether {@code personId} is the caller or in the team the caller manages: its manager or one of its reps. */
    public boolean isOfCallersTeam(CallerIdentity caller, String personId) {
        if (caller.is(personId)) {
            return true;
        }
        return caller.has(Role.MANAGER) && caller.teamId().isPresent()
                && (roster.teamOf(personId).map(caller::manages).orElse(false)
                || roster.teamsManagedBy(personId).contains(caller.teamId().get()));
    }

    private boolean managesRep(CallerIdentity caller, String repId) {
        return caller.has(Role.MANAGER) && roster.teamOf(repId).map(caller::manages).orElse(false);
    }

    private boolean managesActiveRep(CallerIdentity caller, String repId) {
        return caller.has(Role.MANAGER) && roster.teamOfActiveRep(repId).map(caller::manages).orElse(false);
    }
}
