package com.salesplatform.reporting.salesreport.web;

import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.rejection.AlreadyExistsException;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.reporting.salesreport.api.FindReportFiguresQuery;
import com.salesplatform.reporting.salesreport.api.FindSalesReportByPeriodQuery;
import com.salesplatform.reporting.salesreport.api.FindSalesReportQuery;
import com.salesplatform.reporting.salesreport.api.FindSalesReportsQuery;
import com.salesplatform.reporting.salesreport.api.ReportFigures;
import com.salesplatform.reporting.salesreport.api.ReviewSalesReportCommand;
import com.salesplatform.reporting.salesreport.api.SubmitSalesReportCommand;
import com.salesplatform.reporting.salesreport.query.SalesReportList;
import com.salesplatform.reporting.salesreport.query.SalesReportView;
import com.salesplatform.reporting.salesreport.api.PeriodType;
import com.salesplatform.reporting.salesreport.SalesReportPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reps' periodic sales reports (销售报告): submit with frozen figures, review, read. */
@RestController
@Validated
@RequestMapping(SalesReportController.PATH)
class SalesReportController {

    static final String PATH = "/api/sales-reports";
    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SalesReportAccess access;
    private final Clock clock;

    SalesReportController(CommandGateway commands, QueryGateway queries, SalesReportAccess access, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Created> submit(@Valid @RequestBody SubmitSalesReportRequest request, CallerIdentity caller) {
        if (!access.maySubmitFor(caller, request.repId())) {
            throw new AccessDeniedException("A rep submits their own sales reports");
        }
        existing(new FindSalesReportByPeriodQuery(request.repId(), request.periodType(), request.period()))
                .ifPresent(report -> {
                    // who may submit for the rep may read the rep's reports, so the existing one is named
                    throw new AlreadyExistsException("SalesReport", report.id(), "A " + request.periodType()
                            + " report for " + request.period() + " was already submitted: " + report.id());
                });
        String reportId = UUID.randomUUID().toString();
        commands.sendAndWait(new SubmitSalesReportCommand(reportId, request.repId(), request.periodType(),
                request.period(), request.highlights(), request.lessons(), request.nextPlan(),
                liveFigures(request.repId(), request.period())));
        return Created.at(PATH, reportId);
    }

    @PostMapping("/{reportId}/review")
    ResponseEntity<Void> review(@PathVariable String reportId, @Valid @RequestBody ReviewRequest request,
                                CallerIdentity caller) {
        SalesReportView report = visible(reportId, caller);
        ObjectAccess.requireChangeable(access.mayReview(caller, report.repId()),
                "Only the rep's manager reviews their reports");
        commands.sendAndWait(new ReviewSalesReportCommand(reportId, caller.subject(), request.comments()));
        return ResponseEntity.noContent().build();
    }

    /**
     * The figures a report of the rep's period would be filled in with and frozen at if it were submitted now, so
     * the rep sees them before submitting; the same period rules as a submission.
     */
    @GetMapping("/figures")
    SalesReportFigures figures(@RequestParam @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String repId,
                               @RequestParam PeriodType periodType, @RequestParam String period,
                               CallerIdentity caller) {
        String rep = repId.toLowerCase(Locale.ROOT);
        if (!access.mayRead(caller, rep)) {
            throw new NotFoundException("Rep", rep);
        }
        SalesReportPeriod.check(periodType, period, clock);
        return new SalesReportFigures(rep, periodType, period, liveFigures(rep, period));
    }

    @GetMapping("/{reportId}")
    SalesReportDetails report(@PathVariable String reportId, CallerIdentity caller) {
        SalesReportView report = visible(reportId, caller);
        return SalesReportDetails.of(report, liveFigures(report.repId(), report.period()));
    }

    @GetMapping
    PageResponse<SalesReportView> reports(@RequestParam(required = false) String repId,
                                          @RequestParam(required = false) String period,
                                          @RequestParam(required = false) Boolean reviewed, PageQuery page,
                                          CallerIdentity caller) {
        SalesReportList list = queries.query(new FindSalesReportsQuery(repId, period, reviewed,
                CallerScope.of(caller), page.page(), page.size()), SalesReportList.class).join();
        return PageResponse.of(list.items(), page, list.total());
    }

    private SalesReportView visible(String reportId, CallerIdentity caller) {
        return ObjectAccess.visibleOrNotFound(existing(new FindSalesReportQuery(reportId)),
                report -> access.mayRead(caller, report.repId()), "Sales report", reportId);
    }

    private Optional<SalesReportView> existing(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(SalesReportView.class)).join();
    }

    private ReportFigures liveFigures(String repId, String period) {
        return queries.query(new FindReportFiguresQuery(repId, period), ReportFigures.class).join();
    }
}
