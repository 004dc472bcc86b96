package com.salesplatform.orders.quote.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.orders.access.SalesRows;
import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.quote.api.FindQuoteQuery;
import com.salesplatform.orders.quote.api.FindQuotesQuery;
import com.salesplatform.orders.quote.api.QuoteConvertedEvent;
import com.salesplatform.orders.quote.api.QuoteDiscountApprovedEvent;
import com.salesplatform.orders.quote.api.QuoteDiscountRejectedEvent;
import com.salesplatform.orders.quote.api.QuoteIssuedEvent;
import com.salesplatform.orders.quote.api.QuoteStatus;
import com.salesplatform.platform.time.BusinessCalendar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code quote_view}, written in the command's transaction, from the quote's events only (so a replay rebuilds it). */
@Component
@ProcessingGroup("quote-view")
public class QuoteProjection {

    private static final TypeReference<List<OrderLine>> LINES = new TypeReference<>() {
    };

    /** The status as of a day: the first argument of every query that selects it. */
    private static final String WITH_STATUS = """
            SELECT q.*, CASE WHEN q.order_id IS NOT NULL THEN 'ORDERED'
                             WHEN q.rejected_by IS NOT NULL THEN 'REJECTED'
                             WHEN q.valid_until < ? THEN 'EXPIRED'
                             WHEN q.approval_required AND q.approved_by IS NULL THEN 'PENDING_APPROVAL'
                             ELSE 'OPEN' END AS status
            FROM quote_view q""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final BusinessCalendar calendar;

    QuoteProjection(JdbcTemplate jdbc, ObjectMapper json, Clock clock, BusinessCalendar calendar) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.calendar = calendar;
    }

    @EventHandler
    void on(QuoteIssuedEvent event, @org.axonframework.eventhandling.Timestamp Instant at)
            throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO quote_view (quote_id, customer_id, rep_id, team_id, lines, total, currency,
                            valid_until, approval_required, issued_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (quote_id) DO NOTHING""",
                event.quoteId(), event.customerId(), event.repId(), event.teamId(),
                json.writeValueAsString(event.lines()), event.total(), event.currency(),
                java.sql.Date.valueOf(event.validUntil()), event.approvalRequired(), Timestamp.from(at));
    }

    @EventHandler
    void on(QuoteDiscountApprovedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE quote_view SET approved_by = ?, approved_at = ? WHERE quote_id = ?",
                event.approvedBy(), Timestamp.from(at), event.quoteId());
    }

    @EventHandler
    void on(QuoteDiscountRejectedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE quote_view SET rejected_by = ?, rejected_at = ?, rejection_reason = ? WHERE quote_id = ?",
                event.rejectedBy(), Timestamp.from(at), event.reason(), event.quoteId());
    }

    @EventHandler
    void on(QuoteConvertedEvent event) {
        jdbc.update("UPDATE quote_view SET order_id = ? WHERE quote_id = ?", event.orderId(), event.quoteId());
    }

    @QueryHandler
    Optional<QuoteView> handle(FindQuoteQuery query) {
        return jdbc.query("SELECT * FROM (" + WITH_STATUS + ") quote WHERE quote_id = ?", this::view, today(),
                query.quoteId()).stream().findFirst();
    }

    @QueryHandler
    QuoteList handle(FindQuotesQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>(List.of(today()));
        if (query.customerId() != null) {
            conditions.add("customer_id = ?");
            arguments.add(query.customerId());
        }
        if (query.status() != null) {
            conditions.add("status = ?");
            arguments.add(query.status().name());
        }
        conditions.add(SalesRows.VISIBLE.sql(query.visibility(), arguments));
        String from = " FROM (" + WITH_STATUS + ") quote"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        Long total = jdbc.queryForObject("SELECT count(*)" + from, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<QuoteView> items = jdbc.query("SELECT *" + from + " ORDER BY issued_at DESC, quote_id LIMIT ? OFFSET ?",
                this::view, arguments.toArray());
        return new QuoteList(items, total == null ? 0 : total);
    }

    private java.sql.Date today() {
        return java.sql.Date.valueOf(calendar.dateOf(clock.instant()));
    }

    private QuoteView view(ResultSet rs, int row) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        Timestamp rejectedAt = rs.getTimestamp("rejected_at");
        try {
            return new QuoteView(rs.getString("quote_id"), QuoteStatus.valueOf(rs.getString("status")),
                    rs.getString("customer_id"), rs.getString("rep_id"),
                    rs.getString("team_id"), json.readValue(rs.getString("lines"), LINES), rs.getBigDecimal("total"),
                    rs.getString("currency"), rs.getObject("valid_until", java.time.LocalDate.class),
                    rs.getBoolean("approval_required"), rs.getString("approved_by"),
                    approvedAt == null ? null : approvedAt.toInstant(), rs.getString("rejected_by"),
                    rejectedAt == null ? null : rejectedAt.toInstant(), rs.getString("rejection_reason"),
                    rs.getString("order_id"),
                    rs.getTimestamp("issued_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored quote lines unreadable", e);
        }
    }
}
