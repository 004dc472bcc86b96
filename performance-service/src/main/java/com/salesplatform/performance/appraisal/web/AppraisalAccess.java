package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.query.AppraisalView;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an appraisal. The team is the appraisal's (the rep's team in the period): its MANAGER opens,
 * reviews, refreshes and finalizes (never their own); the rep acknowledges or appeals; ADMIN opens, reviews,
 * refreshes and finalizes any. A REP reads only their own, a MANAGER their team's; ADMIN and INTEGRATION read all.
 */
@Component
public class AppraisalAccess {

    public boolean mayOpen(CallerIdentity caller, String teamId) {
        return caller.isAdmin() || caller.manages(teamId);
    }

    public boolean mayRead(CallerIdentity caller, AppraisalView appraisal) {
        return caller.isAdmin() || caller.has(Role.INTEGRATION) || caller.is(appraisal.repId())
                || caller.manages(appraisal.teamId());
    }

    public boolean mayRespond(CallerIdentity caller, AppraisalView appraisal) {
        return caller.is(appraisal.repId());
    }

    public boolean mayManage(CallerIdentity caller, AppraisalView appraisal) {
        return caller.isAdmin() || (caller.manages(appraisal.teamId()) && !caller.is(appraisal.repId()));
    }
}
