package com.salesplatform.targets.target.web;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.history.HistoryEntry;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.AsOf;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.targets.target.api.FindTargetAsOfQuery;
import com.salesplatform.targets.target.api.FindTargetsQuery;
import com.salesplatform.targets.target.api.TargetScope;
import com.salesplatform.targets.target.query.TargetListItem;
import com.salesplatform.targets.target.query.TargetView;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(TargetController.PATH)
class TargetQueryController {

    private final QueryGateway queries;
    private final VisibleTargets targets;
    private final EventHistory history;

    TargetQueryController(QueryGateway queries, VisibleTargets targets, EventHistory history) {
        this.queries = queries;
        this.targets = targets;
        this.history = history;
    }

    /**
     * The current target, or with {@code asOf} (an instant, or a date: the end of that day) the target as it was
     * then, rebuilt from its events.
     */
    @GetMapping("/{targetId}")
    TargetView target(@PathVariable String targetId, @RequestParam(name = "asOf", required = false) AsOf when,
                      CallerIdentity caller) {
        TargetView current = targets.toRead(targetId, caller);
        if (when == null) {
            return current;
        }
        Instant asOf = when.instant();
        return queries.query(new FindTargetAsOfQuery(targetId, asOf),
                        ResponseTypes.optionalInstanceOf(TargetView.class)).join()
                .orElseThrow(() -> new NotFoundException("Target as of " + asOf, targetId));
    }

    @GetMapping
    @SuppressWarnings("unchecked")
    PageResponse<TargetListItem> targets(@RequestParam(required = false) String period,
                                         @RequestParam(required = false) TargetScope scope,
                                         @RequestParam(required = false) String ownerId,
                                         PageQuery page, CallerIdentity caller) {
        return queries.query(new FindTargetsQuery(period, scope, ownerId, CallerScope.of(caller), page.page(),
                page.size()), ResponseTypes.instanceOf(PageResponse.class)).join();
    }

    /** Every stored event of the target, oldest first, with who, when and why. */
    @GetMapping("/{targetId}/history")
    PageResponse<HistoryEntry> history(@PathVariable String targetId, PageQuery page, CallerIdentity caller) {
        targets.toRead(targetId, caller);
        return history.of(targetId, page).orElseThrow(() -> new NotFoundException("Target", targetId));
    }
}
