package com.salesplatform.performance.payout.web;

import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.payout.api.FindPayoutsQuery;
import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.payout.api.PayoutRunOutcome;
import com.salesplatform.performance.payout.api.PreviewPayoutsQuery;
import com.salesplatform.performance.payout.api.RunPayoutsCommand;
import com.salesplatform.performance.payout.query.PayoutList;
import com.salesplatform.performance.payout.query.PayoutView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.time.CalendarPeriod;
import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payout runs (ADMIN) and payouts. A period has one run, its id follows from the period; posting it again
 * recomputes it from the same cutoff and answers 200 with whether the result is identical (the run itself:
 * {@link PayoutRunQueryController}).
 */
@RestController
class PayoutController {

    static final String RUNS = "/api/payout-runs";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    PayoutController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "201", description = "the first run of the period",
            content = @Content(schema = @Schema(implementation = Created.class)))
    @ApiResponse(responseCode = "200", description = "a re-run: identical, or with the adjustment lines",
            content = @Content(schema = @Schema(implementation = RerunAnswer.class)))
    @PostMapping(RUNS)
    ResponseEntity<?> run(@Valid @RequestBody RunPayoutsRequest request, CallerIdentity caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Only an ADMIN may run payouts");
        }
        String runId = UUID.nameUUIDFromBytes(("payout-run/" + request.period()).getBytes(StandardCharsets.UTF_8))
                .toString();
        PayoutRunOutcome outcome = commands.sendAndWait(new RunPayoutsCommand(runId, request.period()));
        if (outcome == PayoutRunOutcome.FIRST_RUN) {
            return Created.at(RUNS, runId);
        }
        return ResponseEntity.ok(new RerunAnswer(runId, request.period(),
                outcome == PayoutRunOutcome.RERUN_IDENTICAL));
    }

    @GetMapping("/api/payouts")
    PageResponse<PayoutView> payouts(@RequestParam(required = false) String period,
                                     @RequestParam(required = false) String repId, PageQuery page,
                                     CallerIdentity caller) {
        if (period != null) {
            Period.parse(period);
        }
        PayoutList payouts = queries.query(new FindPayoutsQuery(null, period,
                        repId == null ? null : repId.toLowerCase(Locale.ROOT), CallerScope.of(caller), page),
                ResponseTypes.instanceOf(PayoutList.class)).join();
        return PageResponse.of(payouts.items(), page, payouts.totalItems());
    }

    /**
     * What a run of {@code period} (by default the running month of the company's calendar) would pay now, for the
     * payouts the caller may see, a page of them by rep id; nothing is recorded or published, and the period need
     * not have ended.
     */
    @GetMapping("/api/payouts/preview")
    PageResponse<PayoutView> preview(@RequestParam(required = false) String period, PageQuery page,
                                     CallerIdentity caller) {
        String previewed = period != null ? period
                : CalendarPeriod.monthContaining(BusinessCalendar.of(clock).dateOf(clock.instant())).value();
        List<PayoutView> payouts = queries.query(new PreviewPayoutsQuery(previewed, CallerScope.of(caller)),
                        ResponseTypes.multipleInstancesOf(PayoutCalculatedEvent.class)).join().stream()
                .sorted(Comparator.comparing(PayoutCalculatedEvent::repId))
                .map(PayoutView::of)
                .toList();
        return PageResponse.pageOf(payouts, page);
    }
}
