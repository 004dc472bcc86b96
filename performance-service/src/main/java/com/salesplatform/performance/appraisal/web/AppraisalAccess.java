package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.query.AppraisalView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
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

    /** The caller's scope over the appraised rep and the appraisal's team. */
    public boolean mayRead(CallerIdentity caller, AppraisalView appraisal) {
        return CallerScope.of(caller).covers(appraisal.repId(), appraisal.teamId());
    }

    public boolean mayRespond(CallerIdentity caller, AppraisalView appraisal) {
        return caller.is(appraisal.repId());
    }

    /** Opening, reviewing, refreshing, finalizing: the platform's overseer rule, never the appraised rep. */
    public boolean mayManage(CallerIdentity caller, AppraisalView appraisal) {
        return ObjectAccess.oversees(caller, appraisal.repId(), appraisal.teamId());
    }
}
