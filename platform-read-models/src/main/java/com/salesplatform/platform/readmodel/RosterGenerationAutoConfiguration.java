package com.salesplatform.platform.readmodel;

import com.salesplatform.platform.roster.RosterAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Where read models have generations and the service keeps the roster replica, the replica is one of the read
 * models: its tables live in every generation and are rebuilt with the others.
 */
@AutoConfiguration
@ConditionalOnProperty(name = {"sales.platform.read-models.generations", "sales.platform.roster-replica.enabled"},
        havingValue = "true")
public class RosterGenerationAutoConfiguration {

    @Bean
    public GenerationMigration rosterGenerationMigration() {
        return new GenerationMigration(RosterAutoConfiguration.MIGRATIONS, RosterAutoConfiguration.HISTORY_TABLE);
    }
}
