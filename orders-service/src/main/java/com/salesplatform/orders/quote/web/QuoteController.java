package com.salesplatform.orders.quote.web;

import com.salesplatform.orders.access.SalesAccess;
import com.salesplatform.orders.order.web.PlaceOrderLineRequest;
import com.salesplatform.orders.quote.api.ApproveQuoteDiscountCommand;
import com.salesplatform.orders.quote.api.FindQuoteQuery;
import com.salesplatform.orders.quote.api.FindQuotesQuery;
import com.salesplatform.orders.quote.api.IssueQuoteCommand;
import com.salesplatform.orders.quote.api.QuoteStatus;
import com.salesplatform.orders.quote.api.RejectQuoteDiscountCommand;
import com.salesplatform.orders.quote.query.QuoteList;
import com.salesplatform.orders.quote.query.QuoteView;
import com.salesplatform.platform.access.CallerScope;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes: issued by whoever deals with the customer, discounts above 15 % approved or rejected by the team's MANAGER.
 */
@RestController
@RequestMapping(QuoteController.PATH)
class QuoteController {

    static final String PATH = "/api/quotes";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SalesAccess access;

    QuoteController(CommandGateway commands, QueryGateway queries, SalesAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Created> issue(@Valid @RequestBody IssueQuoteRequest request, CallerIdentity caller) {
        String customerId = request.customerId().toLowerCase(Locale.ROOT);
        access.requireMayDealWith(caller, customerId);
        String id = request.id() != null ? request.id().toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
        commands.sendAndWait(new IssueQuoteCommand(id, customerId,
                request.lines().stream().map(PlaceOrderLineRequest::toRequestedLine).toList(),
                request.validUntil()));
        return Created.at(PATH, id);
    }

    @PostMapping("/{quoteId}/approval")
    ResponseEntity<Void> approve(@PathVariable String quoteId, CallerIdentity caller) {
        QuoteView quote = quote(quoteId, caller);
        access.requireOverseer(caller, quote.repId(), quote.teamId(), "approve a quote's discount");
        commands.sendAndWait(new ApproveQuoteDiscountCommand(quote.id(), caller.subject()));
        return ResponseEntity.noContent().build();
    }

    /** Turns the waiting discount down: the quote is then REJECTED and never becomes an order. */
    @PostMapping("/{quoteId}/rejection")
    ResponseEntity<Void> reject(@PathVariable String quoteId, @Valid @RequestBody RejectQuoteDiscountRequest request,
                                CallerIdentity caller) {
        QuoteView quote = quote(quoteId, caller);
        access.requireOverseer(caller, quote.repId(), quote.teamId(), "reject a quote's discount");
        commands.sendAndWait(new RejectQuoteDiscountCommand(quote.id(), caller.subject(), request.reason()));
        return ResponseEntity.noContent().build();
    }

    /** The quotes the caller may see, newest first: of one customer, in one status (as of today), or all. */
    @GetMapping
    PageResponse<QuoteView> quotes(@RequestParam(required = false)
                                   @Pattern(regexp = IssueQuoteRequest.UUID_PATTERN, message = "must be a UUID")
                                   String customerId,
                                   @RequestParam(required = false) QuoteStatus status, PageQuery page,
                                   CallerIdentity caller) {
        String customer = customerId == null ? null : customerId.toLowerCase(Locale.ROOT);
        QuoteList quotes = queries.query(new FindQuotesQuery(customer, status, CallerScope.of(caller), page),
                ResponseTypes.instanceOf(QuoteList.class)).join();
        return PageResponse.of(quotes.items(), page, quotes.totalItems());
    }

    @GetMapping("/{quoteId}")
    QuoteView quote(@PathVariable String quoteId, CallerIdentity caller) {
        return ObjectAccess.visibleOrNotFound(queries.query(new FindQuoteQuery(quoteId.toLowerCase(Locale.ROOT)),
                        ResponseTypes.optionalInstanceOf(QuoteView.class)).join(),
                quote -> access.mayRead(caller, quote.repId(), quote.teamId()), "Quote", quoteId);
    }
}
