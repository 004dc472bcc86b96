package com.salesplatform.platformtest.architecture.replica.integration.inbound;

import org.springframework.jdbc.core.JdbcTemplate;

/** A copy of another service's customers, kept from its topic. */
public class CustomerOwners {

    private final JdbcTemplate jdbc;

    public CustomerOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String ownerOf(String customerId) {
        return jdbc.queryForObject("SELECT owner FROM customer WHERE id = ?", String.class, customerId);
    }
}
