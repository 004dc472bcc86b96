package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.api.AppraisalStatus;
import com.salesplatform.performance.appraisal.api.FindAppraisalsQuery;
import com.salesplatform.performance.appraisal.query.AppraisalList;
import com.salesplatform.performance.appraisal.query.AppraisalView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.CalendarPeriod.Granularity;
import com.salesplatform.platform.time.ValidPeriod;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(AppraisalController.PATH)
class AppraisalQueryController {

    private static final String UUID = OpenAppraisalRequest.UUID_PATTERN;

    private final VisibleAppraisals appraisals;
    private final QueryGateway queries;

    AppraisalQueryController(VisibleAppraisals appraisals, QueryGateway queries) {
        this.appraisals = appraisals;
        this.queries = queries;
    }

    /** The appraisals the caller may see (a REP their own, a MANAGER their team's, ADMIN and INTEGRATION all). */
    @GetMapping
    PageResponse<AppraisalView> appraisals(
            @RequestParam(required = false) @Pattern(regexp = UUID, message = "must be a UUID") String repId,
            @RequestParam(required = false) @Pattern(regexp = UUID, message = "must be a UUID") String teamId,
            @RequestParam(required = false) @ValidPeriod({Granularity.MONTH, Granularity.QUARTER}) String period,
            @RequestParam(required = false) AppraisalStatus status, PageQuery page, CallerIdentity caller) {
        AppraisalList found = queries.query(new FindAppraisalsQuery(lower(repId), lower(teamId), period, status,
                CallerScope.of(caller), page.size(), page.offset()),
                ResponseTypes.instanceOf(AppraisalList.class)).join();
        return PageResponse.of(found.items(), page, found.totalItems());
    }

    @GetMapping("/{appraisalId}")
    AppraisalView appraisal(@PathVariable String appraisalId, CallerIdentity caller) {
        return appraisals.find(appraisalId, caller);
    }

    private static String lower(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
