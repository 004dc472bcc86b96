package com.salesplatform.performance.payout.web;

import com.salesplatform.performance.payout.api.FindPayoutRunQuery;
import com.salesplatform.performance.payout.api.FindPayoutsQuery;
import com.salesplatform.performance.payout.query.PayoutList;
import com.salesplatform.performance.payout.query.PayoutRunView;
import com.salesplatform.performance.payout.query.PayoutView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A payout run (ADMIN, INTEGRATION) as a resource, {@code {id, period, cutoff, payoutCount, total}}, and its payouts
 * as a page of their own. To anyone else, as for an unknown id, there is no such run (404).
 */
@RestController
@RequestMapping(PayoutController.RUNS + "/{runId}")
class PayoutRunQueryController {

    private final QueryGateway queries;

    PayoutRunQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    PayoutRunView payoutRun(@PathVariable String runId, CallerIdentity caller) {
        return visibleRun(runId, caller);
    }

    /** The run's payouts, one per rep it pays, by rep id. */
    @GetMapping("/payouts")
    PageResponse<PayoutView> payouts(@PathVariable String runId, PageQuery page, CallerIdentity caller) {
        PayoutRunView run = visibleRun(runId, caller);
        PayoutList payouts = queries.query(new FindPayoutsQuery(run.id(), null, null, CallerScope.everything(), page),
                ResponseTypes.instanceOf(PayoutList.class)).join();
        return PageResponse.of(payouts.items(), page, payouts.totalItems());
    }

    private PayoutRunView visibleRun(String runId, CallerIdentity caller) {
        // a run pays everyone: only a caller who sees everyone's payouts sees it
        return ObjectAccess.visibleOrNotFound(queries.query(new FindPayoutRunQuery(runId.toLowerCase(Locale.ROOT)),
                        ResponseTypes.optionalInstanceOf(PayoutRunView.class)).join(),
                run -> CallerScope.of(caller).all(), "Payout run", runId);
    }
}
