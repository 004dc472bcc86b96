package com.salesplatform.performance.rep.web;

import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.security.CallerIdentity;
import org.springframework.stereotype.Component;

/**
 * Who may hire, change and see which reps: ADMIN hires anywhere, a MANAGER into their own team (and changes the
 * reps of their own team); seeing is the caller's scope (the platform's {@link CallerScope}): ADMIN and INTEGRATION
 * every rep, a MANAGER their team's reps, everyone themself.
 */
@Component
public class RepAccess {

    public boolean mayHire(CallerIdentity caller, String teamId) {
        return caller.isAdmin() || caller.manages(teamId);
    }

    /** Transfer, promotion, departure: ADMIN, or the MANAGER of the rep's current team. */
    public boolean mayChange(CallerIdentity caller, RepView rep) {
        return caller.isAdmin() || caller.manages(rep.teamId());
    }

    /** The caller's scope over the rep (as their own) and the rep's team. */
    public boolean mayRead(CallerIdentity caller, RepView rep) {
        return CallerScope.of(caller).covers(rep.id(), rep.teamId());
    }
}
