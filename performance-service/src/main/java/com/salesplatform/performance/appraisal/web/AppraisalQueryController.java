package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.query.AppraisalView;
import com.salesplatform.platform.security.CallerIdentity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(AppraisalController.PATH)
class AppraisalQueryController {

    private final VisibleAppraisals appraisals;

    AppraisalQueryController(VisibleAppraisals appraisals) {
        this.appraisals = appraisals;
    }

    @GetMapping("/{appraisalId}")
    AppraisalView appraisal(@PathVariable String appraisalId, CallerIdentity caller) {
        return appraisals.find(appraisalId, caller);
    }
}
