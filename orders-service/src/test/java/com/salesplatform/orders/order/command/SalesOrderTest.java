package com.salesplatform.orders.order.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.orders.order.api.CancelOrderCommand;
import com.salesplatform.orders.order.api.ConfirmOrderCommand;
import com.salesplatform.orders.order.api.ConfirmPaymentCommand;
import com.salesplatform.orders.order.api.CreditHoldReason;
import com.salesplatform.orders.order.api.DeliverOrderCommand;
import com.salesplatform.orders.order.api.OrderCancelledEvent;
import com.salesplatform.orders.order.api.ImportOrderCommand;
import com.salesplatform.orders.order.api.OrderConfirmedEvent;
import com.salesplatform.orders.order.api.OrderCreditReleasedEvent;
import com.salesplatform.orders.order.api.OrderDeliveredEvent;
import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.order.api.OrderPaidEvent;
import com.salesplatform.orders.order.api.OrderPlacedEvent;
import com.salesplatform.orders.order.api.OrderPutOnCreditHoldEvent;
import com.salesplatform.orders.order.api.OrderShippedEvent;
import com.salesplatform.orders.order.api.PaymentOverdueEvent;
import com.salesplatform.orders.order.api.PaymentReceivedEvent;
import com.salesplatform.orders.order.api.PaymentReportRejectedEvent;
import com.salesplatform.orders.order.api.PaymentReportedEvent;
import com.salesplatform.orders.order.api.PlaceOrderCommand;
import com.salesplatform.orders.order.api.RecordPaymentCommand;
import com.salesplatform.orders.order.api.RejectPaymentReportCommand;
import com.salesplatform.orders.order.api.ReleaseCreditHoldCommand;
import com.salesplatform.orders.order.api.ReportPaymentCommand;
import com.salesplatform.orders.order.api.RequestedLine;
import com.salesplatform.orders.order.api.ShipOrderCommand;
import com.salesplatform.orders.product.command.ProductCatalogue;
import com.salesplatform.orders.quote.command.QuoteConversion;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.time.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesOrderTest {

    private static final String ORDER = "5a1e5000-0000-4000-8000-00000000d001";
    private static final String CUSTOMER = "5a1e5000-0000-4000-8000-00000000e001";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final String TEAM = "5a1e5000-0000-4000-8000-000000000001";
    private static final String PAYMENT = "5a1e5000-0000-4000-8000-00000000f001";

    private static final String IMPORTER = "ad000000-0000-4000-8000-000000000001";
    private static final List<OrderLine> LINES = List.of(
            new OrderLine("CRM-PRO", 3, money("1200.00"), money("1200.00"), money("12.50"), money("3150.00")),
            new OrderLine("SVC", 1, money("800.00"), money("750.00"), money("0.00"), money("750.00")));
    private static final OrderPlacedEvent PLACED =
            new OrderPlacedEvent(ORDER, CUSTOMER, REP, TEAM, LINES, money("3900.00"), "CNY", 30, null);

    private final ProductCatalogue catalogue = mock(ProductCatalogue.class);
    private final CreditLedger ledger = mock(CreditLedger.class);
    private final QuoteConversion quotes = mock(QuoteConversion.class);
    private final RosterReplica roster = mock(RosterReplica.class);
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(ZoneId.of("Asia/Shanghai"));
    private AggregateTestFixture<SalesOrder> fixture;

    @BeforeEach
    void setUp() {
        given(catalogue.listPriceOf(anyString())).willReturn(Optional.empty());
        given(catalogue.listPriceOf("CRM-PRO")).willReturn(Optional.of(money("1200.00")));
        given(catalogue.listPriceOf("SVC")).willReturn(Optional.of(money("800.00")));
        given(catalogue.listPriceOf("PEN")).willReturn(Optional.of(money("0.99")));
        given(roster.teamOf(REP)).willReturn(Optional.of(TEAM));
        creditOf(null, "0.00", false);
        fixture = new AggregateTestFixture<>(SalesOrder.class);
        fixture.registerInjectableResource(catalogue);
        fixture.registerInjectableResource(ledger);
        fixture.registerInjectableResource(quotes);
        fixture.registerInjectableResource(roster);
        fixture.registerInjectableResource(CALENDAR);
    }

    @Test
    void pricesTheLinesToTheCentWithDiscountsAndDefaultsTheUnitPriceToTheListPrice() {
        fixture.givenNoPriorActivity()
                .when(place(List.of(new RequestedLine("CRM-PRO", 3, null, new BigDecimal("12.5")),
                        new RequestedLine("SVC", 1, new BigDecimal("750"), null))))
                .expectEvents(PLACED);
    }

    @Test
    void roundsEachLineHalfUpToTheCentBeforeSumming() {
        // 7 × 0.99 × 0.9 = 6.237 → 6.24; 3 × 0.99 × 0.95 = 2.8215 → 2.82 (the sum of the rounded lines is 9.06)
        List<OrderLine> lines = List.of(
                new OrderLine("PEN", 7, money("0.99"), money("0.99"), money("10.00"), money("6.24")),
                new OrderLine("PEN", 3, money("0.99"), money("0.99"), money("5.00"), money("2.82")));
        fixture.givenNoPriorActivity()
                .when(place(List.of(new RequestedLine("PEN", 7, null, BigDecimal.TEN),
                        new RequestedLine("PEN", 3, null, new BigDecimal("5")))))
                .expectEvents(new OrderPlacedEvent(ORDER, CUSTOMER, REP, TEAM, lines, money("9.06"), "CNY", 30, null));
    }

    @Test
    void aRepMayNotGiveMoreThanFifteenPercentBelowListPriceAManagerMay() {
        var deepDiscount = List.of(new RequestedLine("CRM-PRO", 1, null, new BigDecimal("15.01")));
        fixture.givenNoPriorActivity().when(place(deepDiscount))
                .expectException(RuleViolationException.class).expectNoEvents();
        var cheapPrice = List.of(new RequestedLine("CRM-PRO", 1, new BigDecimal("1019.99"), null));
        fixture.givenNoPriorActivity().when(place(cheapPrice))
                .expectException(RuleViolationException.class).expectNoEvents();
        var exactlyFifteen = List.of(new RequestedLine("CRM-PRO", 1, null, new BigDecimal("15")));
        fixture.givenNoPriorActivity().when(place(exactlyFifteen)).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER, CUSTOMER, null, deepDiscount, 30, true))
                .expectEvents(new OrderPlacedEvent(ORDER, CUSTOMER, REP, TEAM, List.of(new OrderLine("CRM-PRO", 1,
                        money("1200.00"), money("1200.00"), money("15.01"), money("1019.88"))), money("1019.88"),
                        "CNY", 30, null));
    }

    @Test
    void anImportedOrderIsPlacedAndConfirmedWhenItWasInFactWithoutACreditCheck() {
        Instant confirmedAt = Instant.parse("2026-10-31T15:30:00Z");
        creditOf("100.00", "5000.00", true);
        fixture.givenNoPriorActivity()
                .when(imported(confirmedAt, List.of(new RequestedLine("CRM-PRO", 3, null, new BigDecimal("12.5")),
                        new RequestedLine("SVC", 1, new BigDecimal("750"), null))))
                .expectEvents(new OrderPlacedEvent(ORDER, CUSTOMER, REP, TEAM, LINES, money("3900.00"), "CNY", 30,
                                null, confirmedAt, IMPORTER),
                        new OrderConfirmedEvent(ORDER, CUSTOMER, REP, TEAM, LINES, money("3900.00"), "CNY",
                                confirmedAt, IMPORTER));
    }

    @Test
    void anImportRecordsThePastOnly() {
        fixture.givenNoPriorActivity()
                .when(imported(Instant.now().plusSeconds(3600), List.of(new RequestedLine("SVC", 1, null, null))))
                .expectException(new FieldMatcher("confirmedAt")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(imported(Instant.parse("2026-10-31T15:30:00Z"), List.of()))
                .expectException(new FieldMatcher("lines")).expectNoEvents();
    }

    @Test
    void anOrderFromAQuoteTakesTheQuotesLinesAndNamesIt() {
        String quote = "5a1e5000-0000-4000-8000-00000000b001";
        given(quotes.convert(quote, CUSTOMER, ORDER)).willReturn(LINES);
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER, CUSTOMER, quote, List.of(), 30, false))
                .expectEvents(new OrderPlacedEvent(ORDER, CUSTOMER, REP, TEAM, LINES, money("3900.00"), "CNY", 30,
                        quote));
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER, CUSTOMER, quote, List.of(new RequestedLine("SVC", 1, null, null)),
                        30, false))
                .expectException(new FieldMatcher("lines")).expectNoEvents();
    }

    @Test
    void rejectsLinesNamingTheFieldAndStoresNothing() {
        expectRejected(List.of(), "lines");
        expectRejected(List.of(new RequestedLine("NOPE", 1, null, null)), "lines[0].sku");
        expectRejected(List.of(new RequestedLine("SVC", 1, null, null), new RequestedLine("SVC", 0, null, null)),
                "lines[1].quantity");
        expectRejected(List.of(new RequestedLine("SVC", 1, new BigDecimal("1.001"), null)), "lines[0].unitPrice");
        expectRejected(List.of(new RequestedLine("SVC", 1, null, new BigDecimal("100"))), "lines[0].discountPercent");
        expectRejected(List.of(new RequestedLine("SVC", 1, null, new BigDecimal("-1"))), "lines[0].discountPercent");
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER, CUSTOMER, null, List.of(new RequestedLine("SVC", 1, null, null)),
                        366, false))
                .expectException(FieldRejectedException.class).expectExceptionMessage("must be between 0 and 365");
    }

    @Test
    void goesOnCreditHoldWhenTheOrderWouldTakeTheCustomerOverItsLimit() {
        creditOf("4000.00", "100.01", false);
        fixture.givenNoPriorActivity()
                .when(place(List.of(new RequestedLine("CRM-PRO", 3, null, new BigDecimal("12.5")),
                        new RequestedLine("SVC", 1, new BigDecimal("750"), null))))
                .expectEvents(PLACED, new OrderPutOnCreditHoldEvent(ORDER, CUSTOMER, REP,
                        CreditHoldReason.CREDIT_LIMIT_EXCEEDED, money("4000.00"), money("100.01"), money("3900.00"),
                        "CNY"));
    }

    @Test
    void exactlyReachingTheLimitPasses() {
        creditOf("4000.00", "100.00", false);
        fixture.givenNoPriorActivity()
                .when(place(List.of(new RequestedLine("CRM-PRO", 3, null, new BigDecimal("12.5")),
                        new RequestedLine("SVC", 1, new BigDecimal("750"), null))))
                .expectEvents(PLACED);
    }

    @Test
    void anOverduePaymentPutsEvenASmallOrderOnHold() {
        creditOf(null, "10.00", true);
        fixture.givenNoPriorActivity()
                .when(place(List.of(new RequestedLine("PEN", 1, null, null))))
                .expectEvents(new OrderPlacedEvent(ORDER, CUSTOMER, REP, TEAM,
                                List.of(new OrderLine("PEN", 1, money("0.99"), money("0.99"), money("0.00"),
                                        money("0.99"))), money("0.99"), "CNY", 30, null),
                        new OrderPutOnCreditHoldEvent(ORDER, CUSTOMER, REP, CreditHoldReason.OVERDUE_PAYMENT, null,
                                money("10.00"), money("0.99"), "CNY"));
    }

    @Test
    void aCustomerWithoutOwnerCannotOrder() {
        given(ledger.assess(CUSTOMER)).willReturn(new CreditAssessment(null, null, money("0.00"), false));
        fixture.givenNoPriorActivity().when(place(List.of(new RequestedLine("SVC", 1, null, null))))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void onlyAHeldOrderIsReleased() {
        fixture.given(PLACED, hold())
                .when(new ReleaseCreditHoldCommand(ORDER))
                .expectEvents(new OrderCreditReleasedEvent(ORDER, CUSTOMER, REP, money("3900.00"), "CNY"));
        fixture.given(PLACED).when(new ReleaseCreditHoldCommand(ORDER))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void aHeldOrderCannotBeConfirmedUntilReleased() {
        fixture.given(PLACED, hold()).when(new ConfirmOrderCommand(ORDER))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(PLACED, hold(), new OrderCreditReleasedEvent(ORDER, CUSTOMER, REP, money("3900.00"), "CNY"))
                .when(new ConfirmOrderCommand(ORDER))
                .expectEvents(confirmed());
    }

    @Test
    void walksTheLifecycleToDeliveryAndSchedulesThePaymentDeadline() {
        fixture.given(PLACED).when(new ConfirmOrderCommand(ORDER)).expectEvents(confirmed());
        fixture.given(PLACED, confirmed())
                .when(new ShipOrderCommand(ORDER, " 顺丰速运 ", "SF1234567890"))
                .expectEvents(shipped());
        // 01:00 on 11 March in Beijing (still 10 March in UTC): 30 days net runs to the end of 10 April, Beijing time
        fixture.given(PLACED, confirmed(), shipped())
                .andGivenCurrentTime(Instant.parse("2027-03-10T17:00:00Z"))
                .when(new DeliverOrderCommand(ORDER))
                .expectEvents(new OrderDeliveredEvent(ORDER, CUSTOMER, Instant.parse("2027-04-10T16:00:00Z")))
                .expectScheduledDeadlineWithName(Instant.parse("2027-04-10T16:00:00Z"), SalesOrder.PAYMENT_DUE);
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        fixture.given(PLACED).when(new ShipOrderCommand(ORDER, "顺丰", "SF1"))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(PLACED, confirmed()).when(new DeliverOrderCommand(ORDER))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(PLACED, confirmed()).when(new ConfirmOrderCommand(ORDER))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(PLACED, confirmed()).when(new ShipOrderCommand(ORDER, " ", "SF1"))
                .expectException(FieldRejectedException.class).expectNoEvents();
    }

    @Test
    void partialPaymentsThenTheLastOnePaysTheOrder() {
        fixture.given(delivered())
                .when(new RecordPaymentCommand(ORDER, PAYMENT, new BigDecimal("1900")))
                .expectEvents(new PaymentReceivedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM, money("1900.00"),
                        money("1900.00"), money("2000.00"), "CNY"));
        fixture.given(delivered(new PaymentReceivedEvent(ORDER, "p1", CUSTOMER, REP, TEAM, money("1900.00"),
                        money("1900.00"), money("2000.00"), "CNY")))
                .when(new RecordPaymentCommand(ORDER, PAYMENT, new BigDecimal("2000.00")))
                .expectEvents(new PaymentReceivedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM, money("2000.00"),
                                money("3900.00"), money("0.00"), "CNY"),
                        new OrderPaidEvent(ORDER, CUSTOMER, REP, TEAM, money("3900.00"), "CNY"));
    }

    @Test
    void anOverpaymentOrAPaymentBeforeDeliveryIsRejected() {
        fixture.given(delivered()).when(new RecordPaymentCommand(ORDER, PAYMENT, new BigDecimal("3900.01")))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(delivered()).when(new RecordPaymentCommand(ORDER, PAYMENT, new BigDecimal("0")))
                .expectException(FieldRejectedException.class).expectNoEvents();
        fixture.given(PLACED).when(new RecordPaymentCommand(ORDER, PAYMENT, BigDecimal.TEN))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void aReportedPaymentCountsOnlyOnceConfirmedAndThenMayPayTheOrder() {
        PaymentReportedEvent reported = new PaymentReportedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM,
                money("3900.00"), "CNY");
        fixture.given(delivered()).when(new ReportPaymentCommand(ORDER, PAYMENT, new BigDecimal("3900")))
                .expectEvents(reported);
        fixture.given(delivered(reported)).when(new ConfirmPaymentCommand(ORDER, PAYMENT))
                .expectEvents(new PaymentReceivedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM, money("3900.00"),
                                money("3900.00"), money("0.00"), "CNY"),
                        new OrderPaidEvent(ORDER, CUSTOMER, REP, TEAM, money("3900.00"), "CNY"));
        fixture.given(delivered()).when(new ReportPaymentCommand(ORDER, PAYMENT, new BigDecimal("3900.01")))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(PLACED).when(new ReportPaymentCommand(ORDER, PAYMENT, BigDecimal.TEN))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void aReportCanBeConfirmedOrRejectedOnceAndAnUnknownPaymentIsNotFound() {
        PaymentReportedEvent reported = new PaymentReportedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM,
                money("100.00"), "CNY");
        PaymentReceivedEvent received = new PaymentReceivedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM,
                money("100.00"), money("100.00"), money("3800.00"), "CNY");
        fixture.given(delivered(reported)).when(new RejectPaymentReportCommand(ORDER, PAYMENT, "未到账"))
                .expectEvents(new PaymentReportRejectedEvent(ORDER, PAYMENT, money("100.00"), "未到账"));
        fixture.given(delivered(reported)).when(new RejectPaymentReportCommand(ORDER, PAYMENT, " "))
                .expectException(FieldRejectedException.class).expectNoEvents();
        fixture.given(delivered(reported, received)).when(new ConfirmPaymentCommand(ORDER, PAYMENT))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(delivered(reported, new PaymentReportRejectedEvent(ORDER, PAYMENT, money("100.00"), "未到账")))
                .when(new ConfirmPaymentCommand(ORDER, PAYMENT))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(delivered()).when(new ConfirmPaymentCommand(ORDER, "no-such-payment"))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void aReportThatNoLongerFitsTheOutstandingCannotBeConfirmed() {
        PaymentReportedEvent reported = new PaymentReportedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM,
                money("3000.00"), "CNY");
        fixture.given(delivered(reported, new PaymentReceivedEvent(ORDER, "p0", CUSTOMER, REP, TEAM,
                        money("1000.00"), money("1000.00"), money("2900.00"), "CNY")))
                .when(new ConfirmPaymentCommand(ORDER, PAYMENT))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void anOrderWithAReportAwaitingConfirmationIsNotCancelled() {
        fixture.given(PLACED, confirmed(), new PaymentReportedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM,
                        money("100.00"), "CNY"))
                .when(new CancelOrderCommand(ORDER, "客户取消"))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void aDepositAtConfirmationCountsAndTheOrderIsPaidOnceDeliveredAndFullyPaid() {
        PaymentReceivedEvent deposit = new PaymentReceivedEvent(ORDER, "d1", CUSTOMER, REP, TEAM, money("1000.00"),
                money("1000.00"), money("2900.00"), "CNY");
        fixture.given(PLACED, confirmed())
                .when(new RecordPaymentCommand(ORDER, "d1", new BigDecimal("1000")))
                .expectEvents(deposit);
        fixture.given(PLACED, confirmed(), deposit, shipped())
                .when(new RecordPaymentCommand(ORDER, PAYMENT, new BigDecimal("2900.00")))
                .expectEvents(new PaymentReceivedEvent(ORDER, PAYMENT, CUSTOMER, REP, TEAM, money("2900.00"),
                        money("3900.00"), money("0.00"), "CNY"));
        fixture.given(PLACED, confirmed(), deposit, shipped(), new PaymentReceivedEvent(ORDER, PAYMENT, CUSTOMER, REP,
                        TEAM, money("2900.00"), money("3900.00"), money("0.00"), "CNY"))
                .when(new DeliverOrderCommand(ORDER))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(instanceOf(OrderDeliveredEvent.class),
                        instanceOf(OrderPaidEvent.class), andNoMore())))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anOrderWithADepositIsNotCancelled() {
        fixture.given(PLACED, confirmed(), new PaymentReceivedEvent(ORDER, "d1", CUSTOMER, REP, TEAM,
                        money("1000.00"), money("1000.00"), money("2900.00"), "CNY"))
                .when(new CancelOrderCommand(ORDER, "客户预算取消"))
                .expectException(RuleViolationException.class).expectNoEvents();
    }

    @Test
    void cancelsBeforeShipmentOnly() {
        OrderCancelledEvent cancelled =
                new OrderCancelledEvent(ORDER, CUSTOMER, REP, TEAM, "客户预算取消", LINES, money("3900.00"), "CNY");
        fixture.given(PLACED).when(new CancelOrderCommand(ORDER, "客户预算取消")).expectEvents(cancelled);
        fixture.given(PLACED, hold()).when(new CancelOrderCommand(ORDER, "客户预算取消")).expectEvents(cancelled);
        fixture.given(PLACED, confirmed()).when(new CancelOrderCommand(ORDER, "客户预算取消")).expectEvents(cancelled);
        fixture.given(PLACED, confirmed(), shipped()).when(new CancelOrderCommand(ORDER, "太晚了"))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(PLACED, cancelled).when(new CancelOrderCommand(ORDER, "再次"))
                .expectException(RuleViolationException.class).expectNoEvents();
        fixture.given(PLACED).when(new CancelOrderCommand(ORDER, ""))
                .expectException(FieldRejectedException.class).expectNoEvents();
    }

    @Test
    void thePassedDueDateOfAnUnpaidOrderEmitsPaymentOverdue() {
        fixture.given(PLACED, confirmed(), shipped())
                .andGivenCommands(new DeliverOrderCommand(ORDER))
                .whenThenTimeElapses(Duration.ofDays(31))
                .expectTriggeredDeadlinesWithName(SalesOrder.PAYMENT_DUE)
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(
                                instanceOf(PaymentOverdueEvent.class))));
    }

    @Test
    void aPaidOrderIgnoresItsDueDate() {
        fixture.given(PLACED, confirmed(), shipped())
                .andGivenCommands(new DeliverOrderCommand(ORDER),
                        new RecordPaymentCommand(ORDER, PAYMENT, new BigDecimal("3900.00")))
                .whenThenTimeElapses(Duration.ofDays(31))
                .expectTriggeredDeadlinesWithName(SalesOrder.PAYMENT_DUE)
                .expectNoEvents();
    }

    private void expectRejected(List<RequestedLine> lines, String field) {
        fixture.givenNoPriorActivity().when(place(lines))
                .expectException(new FieldMatcher(field))
                .expectNoEvents();
    }

    private void creditOf(String limit, String exposure, boolean overdue) {
        given(ledger.assess(CUSTOMER)).willReturn(new CreditAssessment(REP, limit == null ? null : money(limit),
                money(exposure), overdue));
    }

    private static ImportOrderCommand imported(Instant confirmedAt, List<RequestedLine> lines) {
        return new ImportOrderCommand(ORDER, CUSTOMER, lines, 30, confirmedAt, IMPORTER);
    }

    private static PlaceOrderCommand place(List<RequestedLine> lines) {
        return new PlaceOrderCommand(ORDER, CUSTOMER, null, lines, 30, false);
    }

    private static OrderPutOnCreditHoldEvent hold() {
        return new OrderPutOnCreditHoldEvent(ORDER, CUSTOMER, REP, CreditHoldReason.CREDIT_LIMIT_EXCEEDED,
                money("1000.00"), money("0.00"), money("3900.00"), "CNY");
    }

    private static OrderConfirmedEvent confirmed() {
        return new OrderConfirmedEvent(ORDER, CUSTOMER, REP, TEAM, LINES, money("3900.00"), "CNY");
    }

    private static OrderShippedEvent shipped() {
        return new OrderShippedEvent(ORDER, CUSTOMER, "顺丰速运", "SF1234567890");
    }

    private static List<Object> delivered(Object... later) {
        List<Object> events = new java.util.ArrayList<>(List.of(PLACED, confirmed(), shipped(),
                new OrderDeliveredEvent(ORDER, CUSTOMER, java.time.Instant.parse("2027-04-30T08:00:00Z"))));
        events.addAll(List.of(later));
        return events;
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** Matches a {@link FieldRejectedException} naming the given field. */
    private static final class FieldMatcher extends org.hamcrest.TypeSafeMatcher<Throwable> {
        private final String field;

        private FieldMatcher(String field) {
            this.field = field;
        }

        @Override
        protected boolean matchesSafely(Throwable item) {
            return item instanceof FieldRejectedException rejected && field.equals(rejected.field());
        }

        @Override
        public void describeTo(org.hamcrest.Description description) {
            description.appendText("a FieldRejectedException naming " + field);
        }
    }
}
