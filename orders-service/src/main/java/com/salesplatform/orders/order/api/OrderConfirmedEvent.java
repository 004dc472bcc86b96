package com.salesplatform.orders.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Published as OrderConfirmed v1 (contracts/events/orders). {@code confirmedAt} and {@code importedBy} only on an
 * order an ADMIN imported as history: when it was confirmed in fact (the instant its revenue counts at), and who
 * imported it; otherwise the order was confirmed when the event occurred.
 */
@Revision("1")
public record OrderConfirmedEvent(String orderId, String customerId, String repId, String teamId, List<OrderLine> lines,
                                 BigDecimal total, String currency, Instant confirmedAt, String importedBy) {

    /** An order confirmed now, not imported. */
    public OrderConfirmedEvent(String orderId, String customerId, String repId, String teamId, List<OrderLine> lines,
                               BigDecimal total, String currency) {
        this(orderId, customerId, repId, teamId, lines, total, currency, null, null);
    }
}
