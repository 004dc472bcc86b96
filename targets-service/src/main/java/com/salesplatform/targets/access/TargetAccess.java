package com.salesplatform.targets.access;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.TargetScope;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see and set which targets: everyone reads the company's; otherwise reading is the caller's scope (the
 * platform's {@link CallerScope}: ADMIN and INTEGRATION all, a MANAGER their team's targets and its current reps',
 * a REP their own). Setting is local: ADMIN anything, a MANAGER their team's, never their own.
 */
@Component
public class TargetAccess {

    private final OwnerScope owners;

    public TargetAccess(OwnerScope owners) {
        this.owners = owners;
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

    /** The company's targets for everyone; otherwise the caller's scope over the team or the rep who owns it. */
    public boolean mayRead(CallerIdentity caller, TargetScope scope, String ownerId) {
        return switch (scope) {
            case COMPANY -> true;
            case TEAM -> CallerScope.of(caller).coversTeam(ownerId);
            case REP -> owners.coversActive(caller, ownerId);
        };
    }

    private boolean ownedByCallersTeam(CallerIdentity caller, TargetScope scope, String ownerId) {
        return switch (scope) {
            case TEAM -> caller.manages(ownerId);
            case REP -> owners.managesTeamOfActive(caller, ownerId);
            case COMPANY -> false;
        };
    }
}
