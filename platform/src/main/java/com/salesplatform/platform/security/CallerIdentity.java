package com.salesplatform.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from the validated JWT: {@code sub} is the rep id (for reps and managers), {@code roles} their
 * roles, {@code teamId} the team they belong to or manage. Services use it for object-level checks.
 */
public record CallerIdentity(String subject, Set<Role> roles, Optional<String> teamId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String TEAM_CLAIM = "teamId";

    public CallerIdentity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Optional<CallerIdentity> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(fromJwt(token.getToken()));
        }
        return Optional.empty();
    }

    public static CallerIdentity fromJwt(Jwt jwt) {
        return new CallerIdentity(jwt.getSubject(), rolesOf(jwt), Optional.ofNullable(jwt.getClaimAsString(TEAM_CLAIM)));
    }

    static Set<Role> rolesOf(Jwt jwt) {
        Object claim = jwt.getClaim(ROLES_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(name))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** A manager of the given team (admins are not implied: check {@link #isAdmin()} separately). */
    public boolean manages(String team) {
        return has(Role.MANAGER) && teamId.map(team::equals).orElse(false);
    }

    public boolean is(String repId) {
        return subject.equals(repId);
    }
}
