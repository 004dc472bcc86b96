package com.salesplatform.reporting.salesreport.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.value.Text;
import com.salesplatform.reporting.salesreport.api.ReviewSalesReportCommand;
import com.salesplatform.reporting.salesreport.SalesReportPeriod;
import com.salesplatform.reporting.salesreport.api.SalesReportReviewedEvent;
import com.salesplatform.reporting.salesreport.api.SalesReportSubmittedEvent;
import com.salesplatform.reporting.salesreport.api.SubmitSalesReportCommand;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A rep's weekly or monthly sales report (销售报告): its figures are frozen when it is submitted; a manager reviews
 * it once, with comments.
 */
@Aggregate
public class SalesReport {

    @AggregateIdentifier
    private String reportId;
    private String repId;
    private boolean reviewed;

    protected SalesReport() {
        // for Axon
    }

    @CommandHandler
    public SalesReport(SubmitSalesReportCommand command, Clock clock) {
        Text.required("highlights", command.highlights());
        Text.required("lessons", command.lessons());
        Text.required("nextPlan", command.nextPlan());
        SalesReportPeriod.check(command.periodType(), command.period(), clock);
        apply(new SalesReportSubmittedEvent(command.reportId(), command.repId(), command.periodType(),
                command.period(), command.highlights().strip(), command.lessons().strip(), command.nextPlan().strip(),
                command.figures()));
    }

    @CommandHandler
    public void handle(ReviewSalesReportCommand command) {
        Text.required("comments", command.comments());
        if (reviewed) {
            throw new RuleViolationException("This report has already been reviewed");
        }
        apply(new SalesReportReviewedEvent(reportId, repId, command.reviewerId(), command.comments().strip()));
    }

    @EventSourcingHandler
    void on(SalesReportSubmittedEvent event) {
        reportId = event.reportId();
        repId = event.repId();
    }

    @EventSourcingHandler
    void on(SalesReportReviewedEvent event) {
        reviewed = true;
    }
}
