package com.salesplatform.reporting.customers;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CustomerBehaviourController {

    private final CustomerBehaviourReport report;

    CustomerBehaviourController(CustomerBehaviourReport report) {
        this.report = report;
    }

    @GetMapping("/api/reports/customer-behaviour")
    CustomerBehaviourReport.CustomerBehaviour customerBehaviour(@RequestParam(required = false) String groupBy,
                                                                PageQuery page, CallerIdentity caller) {
        return report.behaviour(groupBy, caller, page);
    }
}
