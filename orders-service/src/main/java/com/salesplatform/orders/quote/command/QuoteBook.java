package com.salesplatform.orders.quote.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.quote.api.QuoteDiscountApprovedEvent;
import com.salesplatform.orders.quote.api.QuoteIssuedEvent;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.rejection.RuleViolationException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quotes an order may be placed from: their priced lines, validity and approval, and the order that took each
 * (a quote becomes at most one order: the conditional update below settles two concurrent placements).
 */
@Component
@ProcessingGroup("quote-book")
public class QuoteBook {

    private static final TypeReference<List<OrderLine>> LINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    QuoteBook(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The lines of the quote, reserved for {@code orderId}; 400/409 when it cannot become this order. */
    public List<OrderLine> takeForOrder(String quoteId, String customerId, String orderId, LocalDate today) {
        var quote = jdbc.query("SELECT * FROM quote_book WHERE quote_id = ?", (rs, row) -> new BookedQuote(
                rs.getString("customer_id"), rs.getString("lines"), rs.getDate("valid_until").toLocalDate(),
                rs.getBoolean("approval_pending"), rs.getString("order_id")), quoteId).stream().findFirst()
                .filter(found -> found.customerId().equals(customerId))
                .orElseThrow(() -> new FieldRejectedException("quoteId", "is not a quote for this customer"));
        if (quote.approvalPending()) {
            throw new RuleViolationException("Quote " + quoteId + " has a discount above 15 % that a MANAGER has "
                    + "not approved yet");
        }
        if (today.isAfter(quote.validUntil())) {
            throw new RuleViolationException("Quote " + quoteId + " expired on " + quote.validUntil());
        }
        int taken = jdbc.update("UPDATE quote_book SET order_id = ? WHERE quote_id = ? AND order_id IS NULL",
                orderId, quoteId);
        if (taken == 0) {
            throw new RuleViolationException("Quote " + quoteId + " has already become an order");
        }
        return read(quote.lines());
    }

    @EventHandler
    void on(QuoteIssuedEvent event) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO quote_book (quote_id, customer_id, lines, valid_until, approval_pending)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (quote_id) DO NOTHING""",
                event.quoteId(), event.customerId(), json.writeValueAsString(event.lines()),
                Date.valueOf(event.validUntil()), event.approvalRequired());
    }

    @EventHandler
    void on(QuoteDiscountApprovedEvent event) {
        jdbc.update("UPDATE quote_book SET approval_pending = FALSE WHERE quote_id = ?", event.quoteId());
    }

    private List<OrderLine> read(String lines) {
        try {
            return json.readValue(lines, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored quote lines unreadable", e);
        }
    }

    private record BookedQuote(String customerId, String lines, LocalDate validUntil, boolean approvalPending,
                               String orderId) {
    }
}
