package com.salesplatform.platform.access;

import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The platform's one rule for a single object (docs/security.md, finding 13): what the caller may not see is
 * {@code 404}, for reads and writes alike, exactly as an id that does not exist; {@code 403} only for an object they
 * see but may not change that way. Also who writes at all (INTEGRATION accounts only read) and who oversees an
 * owner's work (segregation of duties: ADMIN, or the MANAGER of the owner's team, never the owner).
 */
public final class ObjectAccess {

    private ObjectAccess() {
    }

    /** The object, if it exists and {@code visible} says the caller may see it; otherwise {@code 404}. */
    public static <T> T visibleOrNotFound(Optional<T> found, Predicate<? super T> visible, String what, Object id) {
        return found.filter(visible).orElseThrow(() -> new NotFoundException(what, id));
    }

    /** For an object the caller sees: {@code 403} with {@code why} unless {@code mayChange}. */
    public static void requireChangeable(boolean mayChange, String why) {
        if (!mayChange) {
            throw new AccessDeniedException(why);
        }
    }

    /** ADMIN, MANAGER and REP write; an INTEGRATION account only reads. */
    public static boolean mayWrite(CallerIdentity caller) {
        return caller.isAdmin() || caller.has(Role.MANAGER) || caller.has(Role.REP);
    }

    /** {@code 403} with {@code why} for a caller who only reads. */
    public static void requireWriter(CallerIdentity caller, String why) {
        requireChangeable(mayWrite(caller), why);
    }

    /**
     * Approving, releasing, recording or reviewing what {@code ownerRepId} owns: ADMIN, or the MANAGER of
     * {@code ownerTeamId}, never the owner themself (a manager's own goes to ADMIN).
     */
    public static boolean oversees(CallerIdentity caller, String ownerRepId, String ownerTeamId) {
        return caller.isAdmin() || (ownerTeamId != null && caller.manages(ownerTeamId) && !caller.is(ownerRepId));
    }
}
