package com.salesplatform.targets.target.command;

import com.salesplatform.platform.web.FieldRejectedException;
import com.salesplatform.platform.web.RuleViolationException;
import com.salesplatform.targets.roster.Roster;
import com.salesplatform.targets.target.api.Allocation;
import com.salesplatform.targets.target.api.TargetMetric;
import com.salesplatform.targets.target.api.TargetScope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of an allocation: a company target goes to teams, a team target to current reps of that team; each owner
 * once, each share a valid amount, and the shares sum exactly to the target.
 */
final class AllocationPlan {

    private AllocationPlan() {
    }

    static List<Allocation> checked(TargetScope parentScope, String parentOwnerId, TargetMetric metric,
                                    BigDecimal total, List<Allocation> requested, Roster roster) {
        TargetScope childScope = switch (parentScope) {
            case COMPANY -> TargetScope.TEAM;
            case TEAM -> TargetScope.REP;
            case REP -> throw new RuleViolationException("A REP target is not allocated any further");
        };
        if (requested == null || requested.isEmpty()) {
            throw new FieldRejectedException("allocations", "must name at least one " + childScope);
        }
        List<Allocation> allocations = new ArrayList<>();
        Set<String> owners = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            Allocation entry = requested.get(i);
            String field = "allocations[" + i + "]";
            if (entry.scope() != childScope) {
                throw new FieldRejectedException(field + ".scope", "must be " + childScope + " for a "
                        + parentScope + " target");
            }
            if (entry.ownerId() == null || !owners.add(entry.ownerId())) {
                throw new FieldRejectedException(field + ".ownerId", "must name a different owner in each entry");
            }
            requireInRoster(field + ".ownerId", childScope, entry.ownerId(), parentOwnerId, roster);
            allocations.add(new Allocation(childScope, entry.ownerId(),
                    TargetAmount.of(field + ".amount", metric, entry.amount())));
        }
        BigDecimal sum = allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            throw new FieldRejectedException("allocations", "sum to " + sum.toPlainString() + " but the target is "
                    + total.toPlainString() + "; they must sum exactly to it");
        }
        return List.copyOf(allocations);
    }

    private static void requireInRoster(String field, TargetScope scope, String ownerId, String team, Roster roster) {
        if (scope == TargetScope.TEAM && !roster.teamExists(ownerId)) {
            throw new FieldRejectedException(field, "is not a team in the roster");
        }
        if (scope == TargetScope.REP && !roster.teamOfActiveRep(ownerId).map(team::equals).orElse(false)) {
            throw new FieldRejectedException(field, "is not a current rep of team " + team);
        }
    }
}
