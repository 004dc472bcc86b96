package com.salesplatform.orders.quote.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.orders.customer.CustomerReplica;
import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.pricing.LinePricing;
import com.salesplatform.orders.product.command.ProductCatalogue;
import com.salesplatform.orders.quote.api.ApproveQuoteDiscountCommand;
import com.salesplatform.orders.quote.api.IssueQuoteCommand;
import com.salesplatform.orders.quote.api.QuoteDiscountApprovedEvent;
import com.salesplatform.orders.quote.api.QuoteIssuedEvent;
import com.salesplatform.orders.shared.Money;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platform.time.BusinessCalendar;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A priced offer to a customer (docs/domain.md §3), valid until a date. A line more than 15 % below its list price
 * needs a MANAGER's approval before the quote may become an order.
 */
@Aggregate
public class Quote {

    @AggregateIdentifier
    private String quoteId;
    private String customerId;
    private String repId;
    private boolean approvalPending;

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

    @EventSourcingHandler
    void on(QuoteIssuedEvent event) {
        quoteId = event.quoteId();
        customerId = event.customerId();
        repId = event.repId();
        approvalPending = event.approvalRequired();
    }

    @EventSourcingHandler
    void on(QuoteDiscountApprovedEvent event) {
        approvalPending = false;
    }
}
