package com.salesplatform.platform.access;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import java.util.Optional;
import java.util.Set;

/** Callers as their tokens describe them. */
final class Callers {

    static final String TEAM = "team-north";
    static final String OTHER_TEAM = "team-south";

    private Callers() {
    }

    static CallerIdentity admin() {
        return new CallerIdentity("admin-1", Set.of(Role.ADMIN), Optional.empty());
    }

    static CallerIdentity integration() {
        return new CallerIdentity("erp", Set.of(Role.INTEGRATION), Optional.empty());
    }

    static CallerIdentity manager(String id, String team) {
        return new CallerIdentity(id, Set.of(Role.MANAGER), Optional.of(team));
    }

    static CallerIdentity managerWithoutTeam(String id) {
        return new CallerIdentity(id, Set.of(Role.MANAGER), Optional.empty());
    }

    static CallerIdentity rep(String id, String team) {
        return new CallerIdentity(id, Set.of(Role.REP), Optional.of(team));
    }

    static CallerIdentity noRole(String id) {
        return new CallerIdentity(id, Set.of(), Optional.empty());
    }
}
