package com.salesplatform.platform.roster;

import com.salesplatform.platform.database.SchemaMigration;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.platform.inbox.InboxAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster replica of a service that consumes performance-service's roster
 * ({@code sales.platform.roster-replica.enabled=true}): its tables ({@code db/roster}, in the service's schema, or
 * in each read-model generation's where read models have generations), the subscription that keeps them and
 * {@link RosterReplica} to ask them.
 */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class, before = InboxAutoConfiguration.class)
@ConditionalOnProperty(name = "sales.platform.roster-replica.enabled", havingValue = "true")
public class RosterAutoConfiguration {

    public static final String MIGRATIONS = "classpath:db/roster";
    public static final String HISTORY_TABLE = "roster_schema_history";

    @Bean
    public RosterReplica rosterReplica(JdbcTemplate jdbc) {
        return new RosterReplica(jdbc);
    }

    @Bean
    public InboundSubscription rosterSubscription(JdbcTemplate jdbc) {
        return RosterSubscription.of(new RosterReplicaUpdates(jdbc));
    }

    @Bean
    @ConditionalOnProperty(name = "sales.platform.read-models.generations", havingValue = "false",
            matchIfMissing = true)
    public SchemaMigration rosterSchemaMigration() {
        return new SchemaMigration(MIGRATIONS, HISTORY_TABLE, 4);
    }
}
