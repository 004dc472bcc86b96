package com.salesplatform.targets.risk.web;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.targets.risk.api.FindRisksQuery;
import com.salesplatform.targets.risk.api.RiskCategory;
import com.salesplatform.targets.risk.api.RiskStatus;
import com.salesplatform.targets.risk.query.RiskListItem;
import com.salesplatform.targets.risk.query.RiskView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(RiskController.PATH)
class RiskQueryController {

    private static final int MAX_SCORE = 25;

    private final QueryGateway queries;
    private final VisibleRisks risks;

    RiskQueryController(QueryGateway queries, VisibleRisks risks) {
        this.queries = queries;
        this.risks = risks;
    }

    @GetMapping("/{riskId}")
    RiskView risk(@PathVariable String riskId, CallerIdentity caller) {
        return risks.toRead(riskId, caller);
    }

    /** Highest score first; only the risks the caller may read (a REP their own, a MANAGER their team's). */
    @GetMapping
    @SuppressWarnings("unchecked")
    PageResponse<RiskListItem> risks(@RequestParam(required = false) RiskStatus status,
                                     @RequestParam(required = false) RiskCategory category,
                                     @RequestParam(required = false) Integer minScore,
                                     PageQuery page, CallerIdentity caller) {
        if (minScore != null && (minScore < 1 || minScore > MAX_SCORE)) {
            throw new FieldRejectedException("minScore", "must be between 1 and " + MAX_SCORE);
        }
        return queries.query(new FindRisksQuery(status, category, minScore, CallerScope.of(caller), page.page(),
                        page.size()),
                ResponseTypes.instanceOf(PageResponse.class)).join();
    }
}
