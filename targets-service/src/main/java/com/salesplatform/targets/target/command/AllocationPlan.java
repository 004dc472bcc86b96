package com.salesplatform.targets.target.command;

import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of an allocation: a company target goes to teams or straight to reps (a company with one sales team), a
 * team target to current reps of that team; all entries of one scope, each owner once, each share a valid amount,
 * and the shares sum exactly to the target. An owner who already holds an allocated target keeps a share (their
 * target exists and is re-allocated, not removed) and is not checked against the roster again, so a departed rep's
 * share can still be moved.
 */
final class AllocationPlan {

    private AllocationPlan() {
    }

    static List<Allocation> checked(TargetScope parentScope, String parentOwnerId, TargetMetric metric,
                                    BigDecimal total, List<Allocation> requested, Set<String> alreadyAllocated,
                                    RosterReplica roster) {
        if (parentScope == TargetScope.REP) {
            throw new RuleViolationException("A REP target is not allocated any further");
        }
        if (requested == null || requested.isEmpty()) {
            throw new FieldRejectedException("allocations", "must name at least one "
                    + (parentScope == TargetScope.COMPANY ? "TEAM or REP" : "REP"));
        }
        TargetScope childScope = childScope(parentScope, requested.get(0).scope());
        List<Allocation> allocations = new ArrayList<>();
        Set<String> owners = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            Allocation entry = requested.get(i);
            String field = "allocations[" + i + "]";
            if (entry.scope() != childScope) {
                throw new FieldRejectedException(field + ".scope", "must be " + childScope + " like the first entry"
                        + " (one scope per allocation of a " + parentScope + " target)");
            }
            if (entry.ownerId() == null || !owners.add(entry.ownerId())) {
                throw new FieldRejectedException(field + ".ownerId", "must name a different owner in each entry");
            }
            if (!alreadyAllocated.contains(entry.ownerId())) {
                requireInRoster(field + ".ownerId", parentScope, childScope, entry.ownerId(), parentOwnerId, roster);
            }
            allocations.add(new Allocation(childScope, entry.ownerId(),
                    TargetAmount.of(field + ".amount", metric, entry.amount())));
        }
        for (String owner : alreadyAllocated) {
            if (!owners.contains(owner)) {
                throw new FieldRejectedException("allocations", "must keep a share for " + owner + ", who holds a"
                        + " target allocated from this one; give them the amount they keep");
            }
        }
        BigDecimal sum = allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw new FieldRejectedException("allocations", "sum to " + sum.toPlainString() + " but the target is "
                    + total.toPlainString() + "; they must sum exactly to it");
        }
        return List.copyOf(allocations);
    }

    private static TargetScope childScope(TargetScope parentScope, TargetScope first) {
        if (parentScope == TargetScope.COMPANY && (first == TargetScope.TEAM || first == TargetScope.REP)) {
            return first;
        }
        if (parentScope == TargetScope.TEAM && first == TargetScope.REP) {
            return first;
        }
        throw new FieldRejectedException("allocations[0].scope", "must be "
                + (parentScope == TargetScope.COMPANY ? "TEAM or REP" : "REP") + " for a " + parentScope + " target");
    }

    private static void requireInRoster(String field, TargetScope parentScope, TargetScope scope, String ownerId,
                                        String team, RosterReplica roster) {
        if (scope == TargetScope.TEAM) {
            RosterOwners.requireTeam(field, ownerId, roster);
        }
        if (scope == TargetScope.REP && parentScope == TargetScope.COMPANY) {
            RosterOwners.requireCurrentRep(field, ownerId, roster);
        }
        if (scope == TargetScope.REP && parentScope == TargetScope.TEAM
                && !roster.teamOfActiveRep(ownerId).map(team::equals).orElse(false)) {
            throw new FieldRejectedException(field, "is not a current rep of team " + team);
        }
    }
}
