package com.salesplatform.platform.readmodel;

import com.salesplatform.platform.database.SchemaMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates, migrates and drops the schema of a generation: the platform's inbox table (a generation's consumers
 * remember the events they applied next to what they applied), the platform's read-model tables the service uses
 * ({@link GenerationMigration}, e.g. the roster replica) and the service's read-model tables, each migration set
 * with its own history table inside the schema.
 */
class GenerationSchemas {

    private static final String INBOX_MIGRATIONS = "classpath:db/platform";

    private final DataSource dataSource;
    private final List<GenerationMigration> platformMigrations;
    private final String readModelMigrations;

    GenerationSchemas(DataSource dataSource, List<GenerationMigration> platformMigrations, String readModelMigrations) {
        this.dataSource = dataSource;
        this.platformMigrations = List.copyOf(platformMigrations);
        this.readModelMigrations = readModelMigrations;
    }

    /** Creates the schema if needed and applies the migrations it does not have yet. */
    void migrate(ReadModelGeneration generation) {
        migrate(generation, INBOX_MIGRATIONS, "inbox_schema_history");
        platformMigrations.forEach(migration -> migrate(generation, migration.location(), migration.historyTable()));
        migrate(generation, readModelMigrations, "read_model_schema_history");
    }

    private void migrate(ReadModelGeneration generation, String location, String historyTable) {
        SchemaMigration.migrate(Flyway.configure().dataSource(dataSource).schemas(generation.schema())
                .defaultSchema(generation.schema()).locations(location), historyTable);
    }

    /** Drops the schema on a connection of its own: at once, whatever transaction the calling thread is in. */
    void drop(ReadModelGeneration generation) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + generation.schema() + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop schema " + generation.schema(), e);
        }
    }
}
