package com.salesplatform.platformtest.architecture.database.pricing;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;

/** A table read outside the command model's own tables and outside a lookup. */
public class PriceList {

    private final JdbcTemplate jdbc;

    public PriceList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public BigDecimal priceOf(String productId) {
        return jdbc.queryForObject("SELECT price FROM product WHERE id = ?", BigDecimal.class, productId);
    }
}
