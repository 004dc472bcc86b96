package com.salesplatform.orders.product.query;

import com.salesplatform.orders.product.api.FindProductQuery;
import com.salesplatform.orders.product.api.FindProductsQuery;
import com.salesplatform.orders.product.api.ProductAddedEvent;
import com.salesplatform.orders.product.api.ProductPriceChangedEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code product_view} read model, written in the command's transaction. */
@Component
@ProcessingGroup("product-view")
public class ProductProjection {

    private final JdbcTemplate jdbc;

    ProductProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProductAddedEvent event, @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.update("""
                        INSERT INTO product_view (sku, name, category, list_price, currency, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sku) DO NOTHING""",
                event.sku(), event.name(), event.category(), event.listPrice(), event.currency(),
                Timestamp.from(occurredAt));
    }

    @EventHandler
    void on(ProductPriceChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.update("UPDATE product_view SET list_price = ?, updated_at = ? WHERE sku = ?",
                event.listPrice(), Timestamp.from(occurredAt), event.sku());
    }

    @QueryHandler
    Optional<ProductView> handle(FindProductQuery query) {
        return jdbc.query("SELECT * FROM product_view WHERE sku = ?", this::row, query.sku()).stream().findFirst();
    }

    @QueryHandler
    ProductList handle(FindProductsQuery query) {
        List<Object> arguments = new ArrayList<>();
        String where = "";
        if (query.search() != null && !query.search().isBlank()) {
            // strpos on lower-cased text: no LIKE wildcards to escape, and Chinese text matches as it is
            where = " WHERE strpos(lower(sku || ' ' || name || ' ' || category), lower(?)) > 0";
            arguments.add(query.search().strip());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM product_view" + where, Long.class,
                arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<ProductView> items = jdbc.query("SELECT * FROM product_view" + where
                + " ORDER BY name, sku LIMIT ? OFFSET ?", this::row, arguments.toArray());
        return new ProductList(items, total == null ? 0 : total);
    }

    private ProductView row(ResultSet rs, int rowNum) throws SQLException {
        return new ProductView(rs.getString("sku"), rs.getString("name"), rs.getString("category"),
                rs.getBigDecimal("list_price"), rs.getString("currency"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
