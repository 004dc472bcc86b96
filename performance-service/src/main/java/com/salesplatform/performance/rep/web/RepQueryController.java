package com.salesplatform.performance.rep.web;

import com.salesplatform.performance.rep.api.FindRepAsOfQuery;
import com.salesplatform.performance.rep.api.FindRepsQuery;
import com.salesplatform.performance.rep.query.RepList;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.history.EventHistory;
import com.salesplatform.platform.history.HistoryEntry;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(RepController.PATH)
class RepQueryController {

    private final QueryGateway queries;
    private final RepAccess access;
    private final VisibleReps reps;
    private final BusinessCalendar calendar;
    private final EventHistory history;

    RepQueryController(QueryGateway queries, RepAccess access, VisibleReps reps, BusinessCalendar calendar,
                       EventHistory history) {
        this.calendar = calendar;
        this.history = history;
        this.queries = queries;
        this.access = access;
        this.reps = reps;
    }

    /** The reps the caller may see, of one team when {@code teamId} is given. */
    @GetMapping
    PageResponse<RepView> reps(@RequestParam(required = false)
                               @Pattern(regexp = HireRepRequest.UUID_PATTERN, message = "must be a UUID") String teamId,
                               PageQuery page, CallerIdentity caller) {
        String team = teamId == null ? null : teamId.toLowerCase(Locale.ROOT);
        RepList reps = queries.query(new FindRepsQuery(team, CallerScope.of(caller), page),
                ResponseTypes.instanceOf(RepList.class)).join();
        return PageResponse.of(reps.items(), page, reps.totalItems());
    }

    /** The rep now, or with {@code asOf} as the roster stood on that date (which team they were in then). */
    @GetMapping("/{repId}")
    RepView rep(@PathVariable String repId, @RequestParam(required = false) String asOf, CallerIdentity caller) {
        RepView current = reps.find(repId, caller);
        if (asOf == null) {
            return current;
        }
        LocalDate date = AsOfDate.parse(asOf, calendar);
        return queries.query(new FindRepAsOfQuery(current.id(), date), ResponseTypes.optionalInstanceOf(RepView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("Rep", repId + " on " + date));
    }

    /** Every roster change of the rep, oldest first, with who made it and when. */
    @GetMapping("/{repId}/history")
    PageResponse<HistoryEntry> history(@PathVariable String repId, PageQuery page, CallerIdentity caller) {
        RepView current = reps.find(repId, caller);
        return history.of(current.id(), page).orElseThrow(() -> new NotFoundException("Rep", repId));
    }
}
