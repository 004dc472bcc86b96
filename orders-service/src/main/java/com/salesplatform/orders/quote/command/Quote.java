package com.salesplatform.orders.quote.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.orders.lookup.CustomerReplica;
import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.pricing.LinePricing;
import com.salesplatform.orders.product.command.ProductCatalogue;
import com.salesplatform.orders.quote.api.ApproveQuoteDiscountCommand;
import com.salesplatform.orders.quote.api.IssueQuoteCommand;
import com.salesplatform.orders.quote.api.QuoteConvertedEvent;
import com.salesplatform.orders.quote.api.QuoteDiscountApprovedEvent;
import com.salesplatform.orders.quote.api.QuoteDiscountRejectedEvent;
import com.salesplatform.orders.quote.api.QuoteIssuedEvent;
import com.salesplatform.orders.quote.api.RejectQuoteDiscountCommand;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.rejection.AlreadyExistsException;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.value.Money;
import com.salesplatform.platform.value.Text;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A priced offer to a customer (docs/domain.md §3), valid until a date. A line more than 15 % below its list price
 * needs a MANAGER's approval before the quote may become an order. It becomes at most one order, of its own customer,
 * until {@code validUntil}: the quote records that itself ({@link QuoteConvertedEvent}), so the rule lives in its
 * event stream and not in a table.
 */
@Aggregate
public class Quote {

    static final int MAX_REASON = 500;
    static final String NOT_FOR_THIS_CUSTOMER = "is not a quote for this customer";

    @AggregateIdentifier
    private String quoteId;
    private String customerId;
    private String repId;
    private List<OrderLine> lines;
    private LocalDate validUntil;
    private boolean approvalPending;
    private String orderId;
    private boolean rejected;

    protected Quote() {
        // for Axon
    }

    @CommandHandler
    public Quote(IssueQuoteCommand command, ProductCatalogue catalogue, CustomerReplica customers, RosterReplica roster,
                 BusinessCalendar calendar) {
        List<OrderLine> lines = LinePricing.price(command.lines(), catalogue);
        if (command.validUntil() == null) {
            throw new FieldRejectedException("validUntil", "must not be null");
        }
        if (command.validUntil().isBefore(calendar.dateOf(GenericEventMessage.clock.instant()))) {
            throw new FieldRejectedException("validUntil", "must not be in the past");
        }
        String owner = customers.ownerOf(command.customerId()).orElseThrow(() -> new RuleViolationException(
                "Customer " + command.customerId() + " has no owner rep yet"));
        apply(new QuoteIssuedEvent(command.quoteId(), command.customerId(), owner, roster.teamOf(owner).orElse(null),
                lines, LinePricing.total(lines), Money.CURRENCY, command.validUntil(),
                LinePricing.lineNeedingApproval(lines).isPresent()));
    }

    @CommandHandler
    public void handle(ApproveQuoteDiscountCommand command) {
        if (!approvalPending) {
            throw new RuleViolationException("Quote " + quoteId + " has no discount waiting for approval");
        }
        apply(new QuoteDiscountApprovedEvent(quoteId, customerId, repId, command.approvedBy()));
    }

    @CommandHandler
    public void handle(RejectQuoteDiscountCommand command) {
        String reason = Text.required("reason", command.reason(), MAX_REASON);
        if (!approvalPending) {
            throw new RuleViolationException("Quote " + quoteId + " has no discount waiting for approval");
        }
        apply(new QuoteDiscountRejectedEvent(quoteId, customerId, repId, command.rejectedBy(), reason));
    }

    /**
     * Called by {@link QuoteConversion} inside the order's placing command: the lines order {@code newOrderId} takes,
     * recorded as {@link QuoteConvertedEvent}.
     */
    List<OrderLine> convertToOrder(String newOrderId, String orderCustomerId, LocalDate today) {
        if (!customerId.equals(orderCustomerId)) {
            throw new FieldRejectedException("quoteId", NOT_FOR_THIS_CUSTOMER);
        }
        if (rejected) {
            throw new RuleViolationException("Quote " + quoteId + " cannot become an order: its discount was "
                    + "rejected");
        }
        if (orderId != null) {
            throw new AlreadyExistsException("Order", orderId, "Quote " + quoteId + " has already become order "
                    + orderId);
        }
        if (approvalPending) {
            throw new RuleViolationException("Quote " + quoteId + " has a discount above "
                    + LinePricing.LARGE_DISCOUNT_PERCENT + " % that a MANAGER has not approved yet");
        }
        if (today.isAfter(validUntil)) {
            throw new RuleViolationException("Quote " + quoteId + " expired on " + validUntil);
        }
        apply(new QuoteConvertedEvent(quoteId, customerId, repId, newOrderId));
        return lines;
    }

    @EventSourcingHandler
    void on(QuoteIssuedEvent event) {
        quoteId = event.quoteId();
        customerId = event.customerId();
        repId = event.repId();
        lines = event.lines();
        validUntil = event.validUntil();
        approvalPending = event.approvalRequired();
    }

    @EventSourcingHandler
    void on(QuoteDiscountRejectedEvent event) {
        approvalPending = false;
        rejected = true;
    }

    @EventSourcingHandler
    void on(QuoteConvertedEvent event) {
        orderId = event.orderId();
    }

    @EventSourcingHandler
    void on(QuoteDiscountApprovedEvent event) {
        approvalPending = false;
    }
}
