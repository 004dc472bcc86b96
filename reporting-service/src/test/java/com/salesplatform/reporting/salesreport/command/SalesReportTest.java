package com.salesplatform.reporting.salesreport.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;

import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.reporting.salesreport.api.PeriodType;
import com.salesplatform.reporting.salesreport.api.ReportFigures;
import com.salesplatform.reporting.salesreport.api.ReviewSalesReportCommand;
import com.salesplatform.reporting.salesreport.api.SalesReportReviewedEvent;
import com.salesplatform.reporting.salesreport.api.SalesReportSubmittedEvent;
import com.salesplatform.reporting.salesreport.api.SubmitSalesReportCommand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesReportTest {

    private static final ReportFigures FIGURES = new ReportFigures(new BigDecimal("3900.00"), 1,
            new BigDecimal("39.00"), 5, 6);
    private static final SalesReportSubmittedEvent SUBMITTED = new SalesReportSubmittedEvent("r-1", "rep-1",
            PeriodType.MONTHLY, "2027-03", "签下上海华联", "先确认预算", "拜访 8 家", FIGURES);

    private FixtureConfiguration<SalesReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SalesReport.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2027-03-20T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void submittingFreezesTheFigures() {
        fixture.givenNoPriorActivity()
                .when(submit(PeriodType.MONTHLY, "2027-03", "签下上海华联"))
                .expectEvents(SUBMITTED);
    }

    @Test
    void aWeeklyReportIsForAWeekAndAMonthlyForAMonth() {
        fixture.givenNoPriorActivity().when(submit(PeriodType.WEEKLY, "2027-03", "h"))
                .expectNoEvents().expectException(rejectedOn("period"));
        fixture.givenNoPriorActivity().when(submit(PeriodType.MONTHLY, "2027-W11", "h"))
                .expectNoEvents().expectException(rejectedOn("period"));
        fixture.givenNoPriorActivity().when(submit(PeriodType.WEEKLY, "2027-W11", "h"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsAPeriodThatHasNotStartedBlankTextAndNoType() {
        fixture.givenNoPriorActivity().when(submit(PeriodType.MONTHLY, "2027-04", "h"))
                .expectNoEvents().expectException(rejectedOn("period"));
        fixture.givenNoPriorActivity().when(submit(PeriodType.MONTHLY, "2027-03", " "))
                .expectNoEvents().expectException(rejectedOn("highlights"));
        fixture.givenNoPriorActivity().when(submit(null, "2027-03", "h"))
                .expectNoEvents().expectException(rejectedOn("periodType"));
    }

    @Test
    void aManagerReviewsOnce() {
        fixture.given(SUBMITTED)
                .when(new ReviewSalesReportCommand("r-1", "manager-1", "进展不错"))
                .expectEvents(new SalesReportReviewedEvent("r-1", "rep-1", "manager-1", "进展不错"));
        fixture.given(SUBMITTED, new SalesReportReviewedEvent("r-1", "rep-1", "manager-1", "进展不错"))
                .when(new ReviewSalesReportCommand("r-1", "manager-1", "again"))
                .expectNoEvents().expectException(RuleViolationException.class);
        fixture.given(SUBMITTED)
                .when(new ReviewSalesReportCommand("r-1", "manager-1", ""))
                .expectNoEvents().expectException(rejectedOn("comments"));
    }

    private static SubmitSalesReportCommand submit(PeriodType type, String period, String highlights) {
        return new SubmitSalesReportCommand("r-1", "rep-1", type, period, highlights, "先确认预算", "拜访 8 家", FIGURES);
    }
}
