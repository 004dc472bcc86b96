package com.salesplatform.orders.quote.query;

import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.quote.api.QuoteStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote: where it stands today, its priced lines, validity, whether it needs (or got) a MANAGER's approval or
 * was turned down (by whom, when, why), and its order if any.
 */
public record QuoteView(String id, QuoteStatus status, String customerId, String repId, String teamId,
                        List<OrderLine> lines,
                        BigDecimal total, String currency, LocalDate validUntil, boolean approvalRequired,
                        String approvedBy, Instant approvedAt, String rejectedBy, Instant rejectedAt,
                        String rejectionReason, String orderId, Instant issuedAt) {
}
