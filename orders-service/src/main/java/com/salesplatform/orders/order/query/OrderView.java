package com.salesplatform.orders.order.query;

import com.salesplatform.orders.order.api.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as {@code GET /api/orders/{id}} shows it, with its lines and its full timeline. */
public record OrderView(String id, String customerId, String repId, String teamId, String status,
                        List<OrderLine> lines, BigDecimal total, BigDecimal paid, BigDecimal outstanding,
                        String currency, int paymentTermsDays, Instant paymentDueAt, boolean overdue,
                        Instant placedAt, List<TimelineEntry> timeline) {

    public OrderView withTimeline(List<TimelineEntry> entries) {
        return new OrderView(id, customerId, repId, teamId, status, lines, total, paid, outstanding, currency,
                paymentTermsDays, paymentDueAt, overdue, placedAt, List.copyOf(entries));
    }
}
