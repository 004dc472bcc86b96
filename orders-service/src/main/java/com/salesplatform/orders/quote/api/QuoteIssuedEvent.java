package com.salesplatform.orders.quote.api;

import com.salesplatform.orders.order.api.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Published as QuoteIssued v1 (contracts/events/orders). {@code approvalRequired}: a line is more than 15 % below
 * its list price, so the quote becomes an order only after a MANAGER's approval.
 */
@Revision("1")
public record QuoteIssuedEvent(String quoteId, String customerId, String repId, String teamId, List<OrderLine> lines,
                               BigDecimal total, String currency, LocalDate validUntil, boolean approvalRequired) {
}
