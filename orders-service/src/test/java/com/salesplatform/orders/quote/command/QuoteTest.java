package com.salesplatform.orders.quote.command;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.orders.lookup.CustomerReplica;
import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.order.api.RequestedLine;
import com.salesplatform.orders.product.command.ProductCatalogue;
import com.salesplatform.orders.quote.api.ApproveQuoteDiscountCommand;
import com.salesplatform.orders.quote.api.IssueQuoteCommand;
import com.salesplatform.orders.quote.api.QuoteConvertedEvent;
import com.salesplatform.orders.quote.api.QuoteDiscountApprovedEvent;
import com.salesplatform.orders.quote.api.QuoteDiscountRejectedEvent;
import com.salesplatform.orders.quote.api.QuoteIssuedEvent;
import com.salesplatform.orders.quote.api.RejectQuoteDiscountCommand;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.time.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final String QUOTE = "5a1e5000-0000-4000-8000-00000000b001";
    private static final String CUSTOMER = "5a1e5000-0000-4000-8000-00000000e001";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String MANAGER = "5a1e5000-0000-4000-8000-0000000000b1";
    private static final String ORDER = "5a1e5000-0000-4000-8000-00000000a001";
    private static final String OTHER_ORDER = "5a1e5000-0000-4000-8000-00000000a002";
    private static final String OTHER_CUSTOMER = "5a1e5000-0000-4000-8000-00000000e002";
    private static final LocalDate FAR = LocalDate.of(2999, 12, 31);
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final ProductCatalogue catalogue = mock(ProductCatalogue.class);
    private final CustomerReplica customers = mock(CustomerReplica.class);
    private final RosterReplica roster = mock(RosterReplica.class);
    private FixtureConfiguration<Quote> fixture;

    @BeforeEach
    void setUp() {
        given(catalogue.listPriceOf(anyString())).willReturn(Optional.empty());
        given(catalogue.listPriceOf("CRM-PRO")).willReturn(Optional.of(new BigDecimal("1200.00")));
        given(customers.ownerOf(CUSTOMER)).willReturn(Optional.of(REP));
        given(roster.teamOf(REP)).willReturn(Optional.of(TEAM));
        fixture = new AggregateTestFixture<>(Quote.class);
        fixture.registerInjectableResource(catalogue);
        fixture.registerInjectableResource(customers);
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(new BusinessCalendar(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void aQuoteWithinFifteenPercentNeedsNoApproval() {
        fixture.givenNoPriorActivity()
                .when(issue(new BigDecimal("15")))
                .expectEvents(issued(new BigDecimal("15.00"), new BigDecimal("10200.00"), false));
    }

    @Test
    void aDeeperDiscountWaitsForAManagersApproval() {
        fixture.givenNoPriorActivity()
                .when(issue(new BigDecimal("20")))
                .expectEvents(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true));
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true))
                .when(new ApproveQuoteDiscountCommand(QUOTE, MANAGER))
                .expectEvents(new QuoteDiscountApprovedEvent(QUOTE, CUSTOMER, REP, MANAGER));
    }

    @Test
    void nothingToApproveOrApprovedTwiceIsAConflict() {
        fixture.given(issued(new BigDecimal("10.00"), new BigDecimal("10800.00"), false))
                .when(new ApproveQuoteDiscountCommand(QUOTE, MANAGER))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true),
                        new QuoteDiscountApprovedEvent(QUOTE, CUSTOMER, REP, MANAGER))
                .when(new ApproveQuoteDiscountCommand(QUOTE, MANAGER))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void anOpenQuoteBecomesItsOneOrderAndRecordsWhichOrder() {
        fixture.given(issued(new BigDecimal("10.00"), new BigDecimal("10800.00"), false))
                .whenInvoking(QUOTE, quote -> quote.convertToOrder(ORDER, CUSTOMER, TODAY))
                .expectEvents(new QuoteConvertedEvent(QUOTE, CUSTOMER, REP, ORDER));
        fixture.given(issued(new BigDecimal("10.00"), new BigDecimal("10800.00"), false))
                .whenInvoking(QUOTE, quote -> quote.convertToOrder(ORDER, CUSTOMER, FAR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new QuoteConvertedEvent(QUOTE, CUSTOMER, REP, ORDER));
    }

    @Test
    void anApprovedQuoteBecomesAnOrder() {
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true),
                        new QuoteDiscountApprovedEvent(QUOTE, CUSTOMER, REP, MANAGER))
                .whenInvoking(QUOTE, quote -> quote.convertToOrder(ORDER, CUSTOMER, TODAY))
                .expectEvents(new QuoteConvertedEvent(QUOTE, CUSTOMER, REP, ORDER));
    }

    @Test
    void aQuoteBecomesAtMostOneOrder() {
        fixture.given(issued(new BigDecimal("10.00"), new BigDecimal("10800.00"), false),
                        new QuoteConvertedEvent(QUOTE, CUSTOMER, REP, ORDER))
                .whenInvoking(QUOTE, quote -> quote.convertToOrder(OTHER_ORDER, CUSTOMER, TODAY))
                .expectException(RuleViolationException.class).expectExceptionMessage(containing(ORDER))
                .expectNoEvents();
    }

    @Test
    void aQuoteIsNotConvertedWhileWaitingForApprovalAfterRejectionOrExpiryOrForAnotherCustomer() {
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true))
                .whenInvoking(QUOTE, quote -> quote.convertToOrder(ORDER, CUSTOMER, TODAY))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true),
                        new QuoteDiscountRejectedEvent(QUOTE, CUSTOMER, REP, MANAGER, "超出授权"))
                .whenInvoking(QUOTE, quote -> quote.convertToOrder(ORDER, CUSTOMER, TODAY))
                .expectException(RuleViolationException.class).expectExceptionMessage(containing("rejected"))
                .expectNoEvents();
        fixture.given(issued(new BigDecimal("10.00"), new BigDecimal("10800.00"), false))
                .whenInvoking(QUOTE, quote -> quote.convertToOrder(ORDER, CUSTOMER, FAR.plusDays(1)))
                .expectException(RuleViolationException.class).expectExceptionMessage(containing("expired"))
                .expectNoEvents();
        fixture.given(issued(new BigDecimal("10.00"), new BigDecimal("10800.00"), false))
                .whenInvoking(QUOTE, quote -> quote.convertToOrder(ORDER, OTHER_CUSTOMER, TODAY))
                .expectException(naming("quoteId")).expectNoEvents();
    }

    @Test
    void aManagerTurnsTheWaitingDiscountDownWithAReason() {
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true))
                .when(new RejectQuoteDiscountCommand(QUOTE, MANAGER, "  折扣超出本季度授权范围 "))
                .expectEvents(new QuoteDiscountRejectedEvent(QUOTE, CUSTOMER, REP, MANAGER, "折扣超出本季度授权范围"));
    }

    @Test
    void aRejectionNeedsAReasonAndADiscountWaitingForApproval() {
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true))
                .when(new RejectQuoteDiscountCommand(QUOTE, MANAGER, " "))
                .expectException(naming("reason")).expectNoEvents();
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true))
                .when(new RejectQuoteDiscountCommand(QUOTE, MANAGER, "折".repeat(501)))
                .expectException(naming("reason")).expectNoEvents();
        fixture.given(issued(new BigDecimal("10.00"), new BigDecimal("10800.00"), false))
                .when(new RejectQuoteDiscountCommand(QUOTE, MANAGER, "太低"))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true),
                        new QuoteDiscountApprovedEvent(QUOTE, CUSTOMER, REP, MANAGER))
                .when(new RejectQuoteDiscountCommand(QUOTE, MANAGER, "改主意了"))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true),
                        new QuoteDiscountRejectedEvent(QUOTE, CUSTOMER, REP, MANAGER, "超出授权"))
                .when(new RejectQuoteDiscountCommand(QUOTE, MANAGER, "再次拒绝"))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(issued(new BigDecimal("20.00"), new BigDecimal("9600.00"), true),
                        new QuoteDiscountRejectedEvent(QUOTE, CUSTOMER, REP, MANAGER, "超出授权"))
                .when(new ApproveQuoteDiscountCommand(QUOTE, MANAGER))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    private static Matcher<Throwable> naming(String field) {
        return new org.hamcrest.FeatureMatcher<Throwable, String>(org.hamcrest.Matchers.equalTo(field),
                "a FieldRejectedException naming", "field") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof FieldRejectedException rejected ? rejected.field() : null;
            }
        };
    }

    private static Matcher<String> containing(String text) {
        return org.hamcrest.Matchers.containsString(text);
    }

    @Test
    void rejectsAPastValidityOrAnUnknownProduct() {
        fixture.givenNoPriorActivity()
                .when(new IssueQuoteCommand(QUOTE, CUSTOMER, List.of(new RequestedLine("CRM-PRO", 1, null, null)),
                        LocalDate.of(2000, 1, 1)))
                .expectException(FieldRejectedException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new IssueQuoteCommand(QUOTE, CUSTOMER, List.of(new RequestedLine("NOPE", 1, null, null)), FAR))
                .expectException(FieldRejectedException.class).expectNoEvents();
    }

    private static IssueQuoteCommand issue(BigDecimal discount) {
        return new IssueQuoteCommand(QUOTE, CUSTOMER, List.of(new RequestedLine("CRM-PRO", 10, null, discount)), FAR);
    }

    private static QuoteIssuedEvent issued(BigDecimal discount, BigDecimal total, boolean approvalRequired) {
        return new QuoteIssuedEvent(QUOTE, CUSTOMER, REP, TEAM, List.of(new OrderLine("CRM-PRO", 10,
                new BigDecimal("1200.00"), new BigDecimal("1200.00"), discount, total)), total, "CNY", FAR,
                approvalRequired);
    }
}
