package com.salesplatform.platform.access;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import java.util.Optional;

/**
 * Whose objects a caller may see, derived once from the token: ADMIN and INTEGRATION everyone's ({@link #all}), a
 * MANAGER their team's ({@link #teamId}) and their own, everyone else only their own ({@link #repId}). What
 * "their team" covers for an object (a team column of the row, or the roster replica's team of its owner) is said by
 * the {@link ScopePredicate} or {@link OwnerScope} that applies the scope.
 */
public record CallerScope(boolean all, String teamId, String repId) {

    public static CallerScope of(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return everything();
        }
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            return teamAndOwn(caller.teamId().get(), caller.subject());
        }
        return own(caller.subject());
    }

    public static CallerScope everything() {
        return new CallerScope(true, null, null);
    }

    public static CallerScope teamAndOwn(String teamId, String repId) {
        return new CallerScope(false, teamId, repId);
    }

    public static CallerScope own(String repId) {
        return new CallerScope(false, null, repId);
    }

    /** The team a manager's scope covers, if any. */
    public Optional<String> team() {
        return Optional.ofNullable(teamId);
    }

    /** Whether an object owned by {@code ownerRepId} of {@code ownerTeamId} (either may be null) is in scope. */
    public boolean covers(String ownerRepId, String ownerTeamId) {
        return all || coversTeam(ownerTeamId) || (repId != null && repId.equals(ownerRepId));
    }

    /** Whether the team itself (a team's object, not a rep's) is in scope: everyone's, or a manager's own team. */
    public boolean coversTeam(String ownerTeamId) {
        return all || (teamId != null && teamId.equals(ownerTeamId));
    }
}
