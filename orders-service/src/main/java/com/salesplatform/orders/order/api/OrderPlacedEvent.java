package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Published as OrderPlaced v1 (contracts/events/orders).
 * {@code repId} owns the customer; {@code teamId} is the rep's team at placement, when known; {@code quoteId} the
 * quote it was placed from, if any. {@code placedAt} and {@code importedBy} only on an order an ADMIN imported as
 * history: when it was placed in fact (what reports count it at), and who imported it; otherwise the order was
 * placed when the event occurred.
 */
@Revision("1")
public record OrderPlacedEvent(String orderId, String customerId, String repId, String teamId, List<OrderLine> lines,
                              BigDecimal total, String currency, int paymentTermsDays, String quoteId,
                              Instant placedAt, String importedBy) {

    /** An order placed now, not imported. */
    public OrderPlacedEvent(String orderId, String customerId, String repId, String teamId, List<OrderLine> lines,
                            BigDecimal total, String currency, int paymentTermsDays, String quoteId) {
        this(orderId, customerId, repId, teamId, lines, total, currency, paymentTermsDays, quoteId, null, null);
    }
}
