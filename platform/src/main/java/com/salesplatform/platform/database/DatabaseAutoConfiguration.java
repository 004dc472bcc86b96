package com.salesplatform.platform.database;

import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration(before = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
public class DatabaseAutoConfiguration {

    @Bean
    public static DatabaseCreator databaseCreator(ObjectProvider<DataSourceProperties> properties) {
        return new DatabaseCreator(properties);
    }

    @Bean
    public SchemaMigration inboxSchemaMigration() {
        return new SchemaMigration("classpath:db/platform", "platform_schema_history", 1);
    }

    /** Platform migrations first, then the service's own, each set with its own history table. */
    @Bean
    public FlywayMigrationStrategy platformFirstMigrationStrategy(List<SchemaMigration> platformMigrations) {
        return serviceFlyway -> {
            var service = serviceFlyway.getConfiguration();
            platformMigrations.stream()
                    .sorted(Comparator.comparingInt(SchemaMigration::order))
                    .forEach(migration -> SchemaMigration.migrate(Flyway.configure().configuration(service)
                            .locations(migration.location()), migration.historyTable()));
            SchemaMigration.migrate(Flyway.configure().configuration(service), service.getTable());
        };
    }
}
