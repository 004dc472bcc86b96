package com.salesplatform.performance.rep.web;

import com.salesplatform.performance.rep.api.RepVisibility;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may hire, change and see which reps: ADMIN hires anywhere, a MANAGER into their own team (and changes the
 * reps of their own team); ADMIN and INTEGRATION see every rep, a MANAGER their team's reps, everyone themself.
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

    public RepVisibility visibility(CallerIdentity caller) {
        if (caller.isAdmin() || caller.has(Role.INTEGRATION)) {
            return RepVisibility.everyRep();
        }
        if (caller.has(Role.MANAGER) && caller.teamId().isPresent()) {
            return RepVisibility.teamAndSelf(caller.teamId().get(), caller.subject());
        }
        return RepVisibility.onlySelf(caller.subject());
    }

    public boolean mayRead(CallerIdentity caller, RepView rep) {
        RepVisibility visibility = visibility(caller);
        return visibility.all() || rep.teamId().equals(visibility.teamId()) || rep.id().equals(visibility.repId());
    }
}
