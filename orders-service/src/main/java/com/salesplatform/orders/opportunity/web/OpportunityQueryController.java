package com.salesplatform.orders.opportunity.web;

import com.salesplatform.orders.opportunity.api.FindOpportunitiesQuery;
import com.salesplatform.orders.opportunity.api.FindOpportunityAsOfQuery;
import com.salesplatform.orders.opportunity.api.OpportunityStage;
import com.salesplatform.orders.opportunity.query.OpportunityList;
import com.salesplatform.orders.opportunity.query.OpportunitySummary;
import com.salesplatform.orders.opportunity.query.OpportunityView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.history.HistoryEntry;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.AsOf;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(OpportunityController.PATH)
class OpportunityQueryController {

    private final QueryGateway queries;
    private final OpportunityReader opportunities;
    private final EventHistory history;

    OpportunityQueryController(QueryGateway queries, OpportunityReader opportunities,
                               EventHistory history) {
        this.queries = queries;
        this.opportunities = opportunities;
        this.history = history;
    }

    @GetMapping
    PageResponse<OpportunitySummary> opportunities(
            @RequestParam(required = false)
            @Pattern(regexp = OpenOpportunityRequest.UUID_PATTERN, message = "must be a UUID") String repId,
            @RequestParam(required = false)
            @Pattern(regexp = OpenOpportunityRequest.UUID_PATTERN, message = "must be a UUID") String customerId,
            @RequestParam(required = false) OpportunityStage stage, PageQuery page, CallerIdentity caller) {
        OpportunityList list = queries.query(new FindOpportunitiesQuery(lower(repId), lower(customerId), stage,
                        CallerScope.of(caller), page),
                ResponseTypes.instanceOf(OpportunityList.class)).join();
        return PageResponse.of(list.items(), page, list.totalItems());
    }

    private static String lower(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }

    /** The deal now, or as it was at {@code asOf} (an instant, or a date: the end of that day), from its events. */
    @GetMapping("/{opportunityId}")
    OpportunityView opportunity(@PathVariable String opportunityId,
                                @RequestParam(name = "asOf", required = false) AsOf when, CallerIdentity caller) {
        OpportunityView current = opportunities.visible(opportunityId, caller);
        if (when == null) {
            return current;
        }
        return queries.query(new FindOpportunityAsOfQuery(current.id(), when.instant()),
                        ResponseTypes.optionalInstanceOf(OpportunityView.class)).join()
                .orElseThrow(() -> new NotFoundException("Opportunity as of " + when.instant(), opportunityId));
    }

    /** Every stored event of the opportunity, oldest first, with who and when. */
    @GetMapping("/{opportunityId}/history")
    PageResponse<HistoryEntry> history(@PathVariable String opportunityId, PageQuery page, CallerIdentity caller) {
        String id = opportunities.visible(opportunityId, caller).id();
        return history.of(id, page).orElseThrow(() -> new NotFoundException("Opportunity", opportunityId));
    }
}
