package com.salesplatform.orders.product.command;

import com.salesplatform.orders.product.api.ProductAddedEvent;
import com.salesplatform.orders.product.api.ProductPriceChangedEvent;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current list price of every product, for pricing orders. Kept by a subscribing handler in the transaction
 * that stores the price event, so the next order is priced with it.
 */
@Component
@ProcessingGroup("product-catalogue")
public class ProductCatalogue {

    private final JdbcTemplate jdbc;

    ProductCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BigDecimal> listPriceOf(String sku) {
        return jdbc.queryForList("SELECT list_price FROM catalogue_price WHERE sku = ?", BigDecimal.class, sku)
                .stream().findFirst();
    }

    @EventHandler
    void on(ProductAddedEvent event) {
        jdbc.update("INSERT INTO catalogue_price (sku, list_price) VALUES (?, ?) ON CONFLICT (sku) DO NOTHING",
                event.sku(), event.listPrice());
    }

    @EventHandler
    void on(ProductPriceChangedEvent event) {
        jdbc.update("UPDATE catalogue_price SET list_price = ? WHERE sku = ?", event.listPrice(), event.sku());
    }
}
