package com.salesplatform.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The roster replica is a read model of each generation only where both are switched on. */
class RosterGenerationAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RosterGenerationAutoConfiguration.class));

    @Test
    void withGenerationsAndTheReplicaTheReplicaIsOneOfEachGenerationsTables() {
        context.withPropertyValues("sales.platform.roster-replica.enabled=true",
                "sales.platform.read-models.generations=true").run(started -> {
            assertThat(started.getBean(GenerationMigration.class).location()).isEqualTo("classpath:db/roster");
            assertThat(started.getBean(GenerationMigration.class).historyTable()).isEqualTo("roster_schema_history");
        });
    }

    @Test
    void withoutEitherThereIsNothingToMigrateIntoGenerations() {
        context.withPropertyValues("sales.platform.roster-replica.enabled=true")
                .run(started -> assertThat(started).doesNotHaveBean(GenerationMigration.class));
        context.withPropertyValues("sales.platform.read-models.generations=true")
                .run(started -> assertThat(started).doesNotHaveBean(GenerationMigration.class));
    }
}
