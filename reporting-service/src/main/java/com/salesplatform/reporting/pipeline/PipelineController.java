package com.salesplatform.reporting.pipeline;

import com.salesplatform.platform.security.CallerIdentity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PipelineController {

    private final PipelineReport report;

    PipelineController(PipelineReport report) {
        this.report = report;
    }

    @GetMapping("/api/reports/pipeline")
    PipelineReport.Pipeline pipeline(@RequestParam(required = false) String repId,
                                     @RequestParam(required = false) String teamId, CallerIdentity caller) {
        return report.pipeline(repId, teamId, caller);
    }
}
