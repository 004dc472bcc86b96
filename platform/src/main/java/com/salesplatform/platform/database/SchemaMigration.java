package com.salesplatform.platform.database;

import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A set of Flyway migrations owned by the platform (Axon's tables, the inbox), applied before the service's own
 * {@code db/migration} scripts and tracked in a history table of its own, so platform and service versions never
 * collide.
 *
 * @param location     Flyway location, e.g. {@code classpath:db/axon}
 * @param historyTable Flyway history table for this set
 * @param order        lower runs first
 */
public record SchemaMigration(String location, String historyTable, int order) {

    /**
     * Applies one set of migrations, tracked in {@code historyTable}. Each set finds the schema already holding the
     * other sets' tables, hence the baseline at version 0: all its versions still run.
     */
    public static void migrate(FluentConfiguration configuration, String historyTable) {
        configuration.table(historyTable).baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }
}
