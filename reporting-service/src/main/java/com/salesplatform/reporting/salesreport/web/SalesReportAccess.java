package com.salesplatform.reporting.salesreport.web;

import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.security.CallerIdentity;
import org.springframework.stereotype.Component;

/**
 * Reading a report is the caller's scope over its rep (the platform's {@link OwnerScope}, the rep's team from the
 * roster replica); reviewing is the platform's overseer rule (ADMIN, or the rep's MANAGER, never their own report).
 * Local rule: a rep submits their own reports (ADMIN anyone's).
 */
@Component
class SalesReportAccess {

    private final OwnerScope owners;

    SalesReportAccess(OwnerScope owners) {
        this.owners = owners;
    }

    boolean maySubmitFor(CallerIdentity caller, String repId) {
        return caller.isAdmin() || caller.is(repId);
    }

    boolean mayReview(CallerIdentity caller, String repId) {
        return owners.oversees(caller, repId);
    }

    boolean mayRead(CallerIdentity caller, String repId) {
        return owners.covers(caller, repId);
    }
}
