package com.salesplatform.platform.readmodel;

/**
 * A set of platform-owned read-model tables (e.g. the roster replica) that each read-model generation's schema
 * gets, after the inbox and before the service's own read-model migrations, tracked in a history table of its own
 * inside that schema.
 *
 * @param location     Flyway location, e.g. {@code classpath:db/roster}
 * @param historyTable Flyway history table for this set in each generation's schema
 */
public record GenerationMigration(String location, String historyTable) {
}
