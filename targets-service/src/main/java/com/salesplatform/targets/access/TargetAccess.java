package com.salesplatform.targets.access;

import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.api.Viewer;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see and set which targets: ADMIN anything; a MANAGER their own team's targets and its reps', and reads the
 * company's; a REP reads their own and the company's.
 */
@Component
public class TargetAccess {

    private final RosterReplica roster;

    public TargetAccess(RosterReplica roster) {
        this.roster = roster;
    }

    /**
     * Setting and changing: ADMIN anything; a MANAGER their team's target and its reps', never their own REP target
     * (segregation of duties: it is their commission basis, so ADMIN sets and adjusts it).
     */
    public boolean maySet(CallerIdentity caller, TargetScope scope, String ownerId) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.has(Role.MANAGER) && scope != TargetScope.COMPANY && !ownTarget(caller, scope, ownerId)
                && ownedByCallersTeam(caller, scope, ownerId);
    }

    /**
     * An allocation gives each owner a target; a MANAGER may not give themself a share nor change the one they hold
     * (an unchanged share may stay in a re-allocation of their team's target).
     */
    public boolean mayAllocate(CallerIdentity caller, List<Allocation> current, List<Allocation> wanted) {
        if (caller.isAdmin()) {
            return true;
        }
        return ownShare(caller, wanted).equals(ownShare(caller, current));
    }

    private static List<BigDecimal> ownShare(CallerIdentity caller, List<Allocation> allocations) {
        return allocations.stream().filter(allocation -> ownTarget(caller, allocation.scope(), allocation.ownerId()))
                .map(allocation -> allocation.amount().stripTrailingZeros()).toList();
    }

    private static boolean ownTarget(CallerIdentity caller, TargetScope scope, String ownerId) {
        return scope == TargetScope.REP && ownerId != null && caller.is(ownerId);
    }

    public boolean mayRead(CallerIdentity caller, TargetScope scope, String ownerId) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION) || scope == TargetScope.COMPANY) {
            return true;
        }
        if (caller.has(Role.MANAGER) && ownedByCallersTeam(caller, scope, ownerId)) {
            return true;
        }
        return scope == TargetScope.REP && caller.is(ownerId);
    }

    /** The visibility {@link #mayRead} grants, for list queries. */
    public Viewer viewerOf(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return Viewer.everything();
        }
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            return Viewer.managerOf(caller.teamId().get());
        }
        return Viewer.rep(caller.subject());
    }

    private boolean ownedByCallersTeam(CallerIdentity caller, TargetScope scope, String ownerId) {
        String team = caller.teamId().orElse(null);
        if (team == null) {
            return false;
        }
        return switch (scope) {
            case TEAM -> team.equals(ownerId);
            case REP -> roster.teamOfActiveRep(ownerId).map(team::equals).orElse(false);
            case COMPANY -> false;
        };
    }
}
