package com.salesplatform.platform.access;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;

/**
 * The caller's scope applied to one object by its owning rep, the owner's team taken from the platform's roster
 * replica: the same answer, for one object, as {@link ScopePredicate#ownerInRosterTeam} (departed reps counted with
 * the team they left) or {@link ScopePredicate#ownerInActiveRosterTeam} (active reps only) give for a list.
 */
public class OwnerScope {

    private final RosterReplica roster;

    public OwnerScope(RosterReplica roster) {
        this.roster = roster;
    }

    /** Whether the caller's scope covers an object of {@code ownerRepId} (null: nobody's, seen only by everyone). */
    public boolean covers(CallerIdentity caller, String ownerRepId) {
        return CallerScope.of(caller).covers(ownerRepId, ownerRepId == null ? null : roster.teamOf(ownerRepId)
                .orElse(null));
    }

    /** As {@link #covers}, a manager's team counting only its active reps. */
    public boolean coversActive(CallerIdentity caller, String ownerRepId) {
        return CallerScope.of(caller).covers(ownerRepId, ownerRepId == null ? null : roster.teamOfActiveRep(ownerRepId)
                .orElse(null));
    }

    /** Whether the caller manages the team of {@code ownerRepId} (the rep's team in the roster, departed included). */
    public boolean managesTeamOf(CallerIdentity caller, String ownerRepId) {
        return ownerRepId != null && roster.teamOf(ownerRepId).map(caller::manages).orElse(false);
    }

    /** Whether the caller manages the team of {@code ownerRepId} while that rep is active. */
    public boolean managesTeamOfActive(CallerIdentity caller, String ownerRepId) {
        return ownerRepId != null && roster.teamOfActiveRep(ownerRepId).map(caller::manages).orElse(false);
    }

    /** {@link ObjectAccess#oversees} with the owner's team from the roster (departed included). */
    public boolean oversees(CallerIdentity caller, String ownerRepId) {
        return ObjectAccess.oversees(caller, ownerRepId, ownerRepId == null ? null : roster.teamOf(ownerRepId)
                .orElse(null));
    }

    /** {@link ObjectAccess#oversees} for an active owner only. */
    public boolean overseesActive(CallerIdentity caller, String ownerRepId) {
        return ObjectAccess.oversees(caller, ownerRepId, ownerRepId == null ? null : roster.teamOfActiveRep(ownerRepId)
                .orElse(null));
    }
}
