package com.salesplatform.orders.order.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.orders.order.api.CancelOrderCommand;
import com.salesplatform.orders.order.api.ConfirmOrderCommand;
import com.salesplatform.orders.order.api.ConfirmPaymentCommand;
import com.salesplatform.orders.order.api.DeliverOrderCommand;
import com.salesplatform.orders.order.api.ImportOrderCommand;
import com.salesplatform.orders.order.api.OrderCancelledEvent;
import com.salesplatform.orders.order.api.OrderConfirmedEvent;
import com.salesplatform.orders.order.api.OrderCreditReleasedEvent;
import com.salesplatform.orders.order.api.OrderDeliveredEvent;
import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.order.api.OrderPaidEvent;
import com.salesplatform.orders.order.api.OrderPlacedEvent;
import com.salesplatform.orders.order.api.OrderPutOnCreditHoldEvent;
import com.salesplatform.orders.order.api.OrderShippedEvent;
import com.salesplatform.orders.order.api.OrderStatus;
import com.salesplatform.orders.order.api.PaymentOverdueEvent;
import com.salesplatform.orders.order.api.PaymentReceivedEvent;
import com.salesplatform.orders.order.api.PaymentReportRejectedEvent;
import com.salesplatform.orders.order.api.PaymentReportedEvent;
import com.salesplatform.orders.order.api.PlaceOrderCommand;
import com.salesplatform.orders.order.api.RecordPaymentCommand;
import com.salesplatform.orders.order.api.RejectPaymentReportCommand;
import com.salesplatform.orders.order.api.ReleaseCreditHoldCommand;
import com.salesplatform.orders.order.api.ReportPaymentCommand;
import com.salesplatform.orders.order.api.ShipOrderCommand;
import com.salesplatform.orders.pricing.LinePricing;
import com.salesplatform.orders.product.command.ProductCatalogue;
import com.salesplatform.orders.quote.command.QuoteConversion;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.value.Money;
import com.salesplatform.platform.value.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A sales order (docs/domain.md §3): priced by the server, credit-checked at placement, then PLACED → CONFIRMED →
 * SHIPPED → DELIVERED → PAID; CANCELLED before shipment (and before any payment); CREDIT_HOLD until a MANAGER
 * releases it. Payments are taken from confirmation on (a deposit, 定金), never above the total; the order is PAID
 * once it is delivered and fully paid. A payment the owner reports counts only once someone else confirms it
 * (segregation of duties: nobody clears their own customer's exposure). The rest falls due by the end of the
 * {@code paymentTermsDays}-th day after delivery (the company's calendar); a persisted deadline emits
 * {@link PaymentOverdueEvent} if it is not paid.
 */
@Aggregate
public class SalesOrder {

    static final String PAYMENT_DUE = "payment-due";
    static final int MAX_PAYMENT_TERMS_DAYS = 365;
    static final int MAX_TEXT = 100;
    static final int MAX_REASON = 500;
    /** A deposit may be taken at confirmation; the rest until the order is paid. */
    private static final Set<OrderStatus> PAYABLE =
            EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    private static final Set<OrderStatus> CANCELLABLE =
            EnumSet.of(OrderStatus.PLACED, OrderStatus.CREDIT_HOLD, OrderStatus.CONFIRMED);

    @AggregateIdentifier
    private String orderId;
    private String customerId;
    private String repId;
    private String teamId;
    private List<OrderLine> lines;
    private BigDecimal total;
    private BigDecimal paid;
    private int paymentTermsDays;
    private Instant paymentDueAt;
    private OrderStatus status;
    /** Reported by the owner, awaiting someone else's confirmation, by payment id. */
    private final Map<String, BigDecimal> reportedPayments = new LinkedHashMap<>();
    private final Set<String> payments = new HashSet<>();

    protected SalesOrder() {
        // for Axon
    }

    @CommandHandler
    public SalesOrder(PlaceOrderCommand command, ProductCatalogue catalogue, QuoteConversion quotes, CreditLedger ledger,
                      RosterReplica roster) {
        requirePaymentTerms(command.paymentTermsDays());
        List<OrderLine> priced = command.quoteId() == null ? priceLines(command, catalogue) : quoted(command, quotes);
        BigDecimal orderTotal = LinePricing.total(priced);
        CreditAssessment credit = ledger.assess(command.customerId());
        String team = teamOfOwner(credit, command.customerId(), roster);
        apply(new OrderPlacedEvent(command.orderId(), command.customerId(), credit.ownerRepId(), team, priced,
                orderTotal, Money.CURRENCY, command.paymentTermsDays(), command.quoteId()));
        credit.holdFor(orderTotal).ifPresent(reason -> apply(new OrderPutOnCreditHoldEvent(command.orderId(),
                command.customerId(), credit.ownerRepId(), reason, credit.creditLimit(), credit.exposure(),
                orderTotal, Money.CURRENCY)));
    }

    /**
     * An order of the past, recorded by ADMIN as history: placed and confirmed when it was in fact, never in the
     * future, priced from the catalogue (any discount: it was agreed then), no credit check (it happened).
     */
    @CommandHandler
    public SalesOrder(ImportOrderCommand command, ProductCatalogue catalogue, CreditLedger ledger,
                      RosterReplica roster) {
        requirePaymentTerms(command.paymentTermsDays());
        if (command.confirmedAt() == null || command.confirmedAt().isAfter(GenericEventMessage.clock.instant())) {
            throw new FieldRejectedException("confirmedAt", "must be a past instant: an import records history");
        }
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new FieldRejectedException("lines", "must name what was sold");
        }
        List<OrderLine> priced = LinePricing.price(command.lines(), catalogue);
        BigDecimal orderTotal = LinePricing.total(priced);
        CreditAssessment credit = ledger.assess(command.customerId());
        String owner = credit.ownerRepId();
        String team = teamOfOwner(credit, command.customerId(), roster);
        apply(new OrderPlacedEvent(command.orderId(), command.customerId(), owner, team, priced, orderTotal,
                Money.CURRENCY, command.paymentTermsDays(), null, command.confirmedAt(), command.importedBy()));
        apply(new OrderConfirmedEvent(command.orderId(), command.customerId(), owner, team, priced, orderTotal,
                Money.CURRENCY, command.confirmedAt(), command.importedBy()));
    }

    private static void requirePaymentTerms(int paymentTermsDays) {
        if (paymentTermsDays < 0 || paymentTermsDays > MAX_PAYMENT_TERMS_DAYS) {
            throw new FieldRejectedException("paymentTermsDays", "must be between 0 and " + MAX_PAYMENT_TERMS_DAYS);
        }
    }

    /** The team of the customer's owner rep (null while the roster does not know the rep); the owner is required. */
    private static String teamOfOwner(CreditAssessment credit, String customerId, RosterReplica roster) {
        if (credit.ownerRepId() == null) {
            throw new RuleViolationException("Customer " + customerId + " has no owner rep yet");
        }
        return roster.teamOf(credit.ownerRepId()).orElse(null);
    }

    private static List<OrderLine> priceLines(PlaceOrderCommand command, ProductCatalogue catalogue) {
        List<OrderLine> priced = LinePricing.price(command.lines(), catalogue);
        if (!command.largeDiscountApproved()) {
            LinePricing.lineNeedingApproval(priced).ifPresent(line -> {
                throw new RuleViolationException("Line " + line.sku() + " is more than "
                        + LinePricing.LARGE_DISCOUNT_PERCENT + " % below its list price " + line.listPrice()
                        + ": only a MANAGER may grant that (or approve it on a quote)");
            });
        }
        return priced;
    }

    private static List<OrderLine> quoted(PlaceOrderCommand command, QuoteConversion quotes) {
        if (command.lines() != null && !command.lines().isEmpty()) {
            throw new FieldRejectedException("lines", "must be absent when the order is placed from a quote");
        }
        return quotes.convert(command.quoteId(), command.customerId(), command.orderId());
    }

    @CommandHandler
    public void handle(ReleaseCreditHoldCommand command) {
        requireStatus("release the credit hold of", OrderStatus.CREDIT_HOLD);
        apply(new OrderCreditReleasedEvent(orderId, customerId, repId, total, Money.CURRENCY));
    }

    @CommandHandler
    public void handle(ConfirmOrderCommand command) {
        requireStatus("confirm", OrderStatus.PLACED);
        apply(new OrderConfirmedEvent(orderId, customerId, repId, teamId, lines, total, Money.CURRENCY));
    }

    @CommandHandler
    public void handle(ShipOrderCommand command) {
        String carrier = Text.required("carrier", command.carrier(), MAX_TEXT);
        String trackingNumber = Text.required("trackingNumber", command.trackingNumber(), MAX_TEXT);
        requireStatus("ship", OrderStatus.CONFIRMED);
        apply(new OrderShippedEvent(orderId, customerId, carrier, trackingNumber));
    }

    @CommandHandler
    public void handle(DeliverOrderCommand command, DeadlineManager deadlines, BusinessCalendar calendar) {
        requireStatus("deliver", OrderStatus.SHIPPED);
        Instant dueAt = dueAfterDelivery(GenericEventMessage.clock.instant(), calendar);
        apply(new OrderDeliveredEvent(orderId, customerId, dueAt));
        if (paid.compareTo(total) == 0) {
            apply(new OrderPaidEvent(orderId, customerId, repId, teamId, total, Money.CURRENCY));
        } else {
            deadlines.schedule(dueAt, PAYMENT_DUE);
        }
    }

    @CommandHandler
    public void handle(RecordPaymentCommand command) {
        BigDecimal amount = payable(command.amount());
        receive(command.paymentId(), amount);
    }

    @CommandHandler
    public void handle(ReportPaymentCommand command) {
        BigDecimal amount = payable(command.amount());
        apply(new PaymentReportedEvent(orderId, command.paymentId(), customerId, repId, teamId, amount,
                Money.CURRENCY));
    }

    @CommandHandler
    public void handle(ConfirmPaymentCommand command) {
        BigDecimal amount = reported(command.paymentId(), "confirmed");
        BigDecimal outstanding = total.subtract(paid);
        if (!PAYABLE.contains(status) || amount.compareTo(outstanding) > 0) {
            throw new RuleViolationException("The reported payment " + command.paymentId() + " of " + amount
                    + " cannot be confirmed: order " + orderId + " is " + status + " with " + outstanding
                    + " outstanding; reject the report instead");
        }
        receive(command.paymentId(), amount);
    }

    @CommandHandler
    public void handle(RejectPaymentReportCommand command) {
        String reason = Text.required("reason", command.reason(), MAX_REASON);
        BigDecimal amount = reported(command.paymentId(), "rejected");
        apply(new PaymentReportRejectedEvent(orderId, command.paymentId(), amount, reason));
    }

    /** The amount of a payment that may be taken now: positive cents, the order payable, not above what is due. */
    private BigDecimal payable(BigDecimal requested) {
        BigDecimal amount = Money.requirePositiveCents("amount", requested);
        if (!PAYABLE.contains(status)) {
            throw new RuleViolationException("Cannot record a payment for order " + orderId + ": it is " + status
                    + "; payments are taken from confirmation (a deposit) until the order is paid");
        }
        BigDecimal outstanding = total.subtract(paid);
        if (amount.compareTo(outstanding) > 0) {
            throw new RuleViolationException("A payment of " + amount + " exceeds the outstanding " + outstanding
                    + " of order " + orderId);
        }
        return amount;
    }

    private BigDecimal reported(String paymentId, String outcome) {
        if (!payments.contains(paymentId)) {
            throw new NotFoundException("Payment", paymentId);
        }
        BigDecimal amount = reportedPayments.get(paymentId);
        if (amount == null) {
            throw new RuleViolationException("Payment " + paymentId + " of order " + orderId
                    + " is not a reported payment awaiting confirmation, so it cannot be " + outcome);
        }
        return amount;
    }

    private void receive(String paymentId, BigDecimal amount) {
        BigDecimal paidTotal = paid.add(amount);
        apply(new PaymentReceivedEvent(orderId, paymentId, customerId, repId, teamId, amount, paidTotal,
                total.subtract(paidTotal), Money.CURRENCY));
        if (paidTotal.compareTo(total) == 0 && status == OrderStatus.DELIVERED) {
            apply(new OrderPaidEvent(orderId, customerId, repId, teamId, total, Money.CURRENCY));
        }
    }

    @CommandHandler
    public void handle(CancelOrderCommand command) {
        String reason = Text.required("reason", command.reason(), MAX_REASON);
        if (!CANCELLABLE.contains(status)) {
            throw new RuleViolationException("Order " + orderId + " is " + status + ": only an order not yet shipped"
                    + " can be cancelled");
        }
        if (paid.signum() > 0) {
            throw new RuleViolationException("Order " + orderId + " has received " + paid + " " + Money.CURRENCY
                    + ": its deposit must be refunded before it is cancelled, and refunds are not recorded here");
        }
        if (!reportedPayments.isEmpty()) {
            throw new RuleViolationException("Order " + orderId + " has reported payments awaiting confirmation ("
                    + String.join(", ", reportedPayments.keySet()) + "): confirm or reject them before cancelling");
        }
        apply(new OrderCancelledEvent(orderId, customerId, repId, teamId, reason, lines, total, Money.CURRENCY));
    }

    /**
     * Net {@code paymentTermsDays}: due by the end of that many days after the delivery day, in the company's
     * calendar; 0 days means payment on delivery.
     */
    private Instant dueAfterDelivery(Instant deliveredAt, BusinessCalendar calendar) {
        if (paymentTermsDays == 0) {
            return deliveredAt;
        }
        return calendar.endOf(calendar.dateOf(deliveredAt).plusDays(paymentTermsDays));
    }

    /** The payment-due deadline is never cancelled (db-scheduler cannot cancel by name): a paid order ignores it. */
    @DeadlineHandler(deadlineName = PAYMENT_DUE)
    void paymentDue() {
        if (status == OrderStatus.DELIVERED) {
            apply(new PaymentOverdueEvent(orderId, customerId, repId, teamId, total.subtract(paid), paymentDueAt,
                    Money.CURRENCY));
        }
    }

    private void requireStatus(String action, OrderStatus required) {
        if (status != required) {
            throw new RuleViolationException("Cannot " + action + " order " + orderId + ": it is " + status
                    + ", not " + required);
        }
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        customerId = event.customerId();
        repId = event.repId();
        teamId = event.teamId();
        lines = event.lines();
        total = event.total();
        paid = Money.ZERO;
        paymentTermsDays = event.paymentTermsDays();
        status = OrderStatus.PLACED;
    }

    @EventSourcingHandler
    void on(OrderPutOnCreditHoldEvent event) {
        status = OrderStatus.CREDIT_HOLD;
    }

    @EventSourcingHandler
    void on(OrderCreditReleasedEvent event) {
        status = OrderStatus.PLACED;
    }

    @EventSourcingHandler
    void on(OrderConfirmedEvent event) {
        status = OrderStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(OrderShippedEvent event) {
        status = OrderStatus.SHIPPED;
    }

    @EventSourcingHandler
    void on(OrderDeliveredEvent event) {
        status = OrderStatus.DELIVERED;
        paymentDueAt = event.paymentDueAt();
    }

    @EventSourcingHandler
    void on(PaymentReportedEvent event) {
        payments.add(event.paymentId());
        reportedPayments.put(event.paymentId(), event.amount());
    }

    @EventSourcingHandler
    void on(PaymentReportRejectedEvent event) {
        reportedPayments.remove(event.paymentId());
    }

    @EventSourcingHandler
    void on(PaymentReceivedEvent event) {
        paid = event.paidTotal();
        payments.add(event.paymentId());
        reportedPayments.remove(event.paymentId());
    }

    @EventSourcingHandler
    void on(OrderPaidEvent event) {
        status = OrderStatus.PAID;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = OrderStatus.CANCELLED;
    }
}
