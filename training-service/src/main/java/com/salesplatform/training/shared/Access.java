package com.salesplatform.training.shared;

import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in training-service. Reading about a rep is the caller's scope over them and recording what counts
 * for their record is the overseer rule, both the platform's ({@link OwnerScope}, the rep's team from the roster
 * replica: the current one, or the one a departed rep left; results only for its active reps). Local rules: MANAGER
 * and ADMIN run the training programme and publish knowledge; a rep acts for themself; a meeting belongs to the team
 * of its organiser, who may be that team's manager.
 */
@Component
public class Access {

    private final RosterReplica roster;
    private final OwnerScope owners;

    Access(RosterReplica roster, OwnerScope owners) {
        this.roster = roster;
        this.owners = owners;
    }

    public void requireManagerOrAdmin(CallerIdentity caller, String action) {
        if (!isManagerOrAdmin(caller)) {
            throw new AccessDeniedException("Only a MANAGER or ADMIN may " + action);
        }
    }

    /** Reps, managers and admins act; an INTEGRATION account only reads. */
    public void requireLearner(CallerIdentity caller) {
        ObjectAccess.requireWriter(caller, "A read-only account cannot do this");
    }

    public boolean isManagerOrAdmin(CallerIdentity caller) {
        return caller.isAdmin() || caller.has(Role.MANAGER);
    }

    /** Acting for {@code repId}: themself, an ADMIN, or the manager of the rep's team. */
    public boolean mayActFor(CallerIdentity caller, String repId) {
        return caller.is(repId) || caller.isAdmin() || owners.managesTeamOf(caller, repId);
    }

    /** Reading about {@code repId}: the caller's scope over the rep. */
    public boolean mayReadAbout(CallerIdentity caller, String repId) {
        return owners.covers(caller, repId);
    }

    /**
     * Recording what counts for a rep's record and certifications (attendance, assessment results): the platform's
     * overseer rule for an active rep (ADMIN, or the MANAGER of the rep's team, never for themself).
     */
    public void requireOverseerOf(CallerIdentity caller, String repId, String action) {
        ObjectAccess.requireChangeable(owners.overseesActive(caller, repId), "Only an ADMIN or the MANAGER of the "
                + "rep's team, never the rep themself, may " + action + " (" + repId + ")");
    }

    /**
     * The meeting rule: whether {@code personId} is the caller or in the team the caller manages, its manager or one
     * of its reps.
     */
    public boolean isOfCallersTeam(CallerIdentity caller, String personId) {
        if (caller.is(personId)) {
            return true;
        }
        return caller.has(Role.MANAGER) && caller.teamId().isPresent()
                && (owners.managesTeamOf(caller, personId)
                || roster.teamsManagedBy(personId).contains(caller.teamId().get()));
    }
}
