package com.salesplatform.platform.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.salesplatform.platform.database.SchemaMigration;
import com.salesplatform.platform.inbox.InboundSubscription;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where the replica's tables go, and that a service without the property keeps no replica. */
class RosterAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RosterAutoConfiguration.class))
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class));

    @Test
    void aServiceThatDoesNotAskForTheReplicaKeepsNone() {
        context.run(started -> assertThat(started).doesNotHaveBean(RosterReplica.class)
                .doesNotHaveBean(InboundSubscription.class).doesNotHaveBean(SchemaMigration.class));
    }

    @Test
    void theReplicaIsMigratedWithThePlatformsTablesAndKeptByTheRosterSubscription() {
        context.withPropertyValues("sales.platform.roster-replica.enabled=true").run(started -> {
            assertThat(started).hasSingleBean(RosterReplica.class);
            assertThat(started.getBean(SchemaMigration.class).location()).isEqualTo("classpath:db/roster");
            InboundSubscription subscription = started.getBean(InboundSubscription.class);
            assertThat(subscription.name()).isEqualTo("roster");
            assertThat(subscription.topics()).containsExactly("sales.performance.events");
        });
    }

    @Test
    void withReadModelGenerationsTheReplicaIsNotMigratedIntoTheServicesSchema() {
        context.withPropertyValues("sales.platform.roster-replica.enabled=true",
                "sales.platform.read-models.generations=true").run(started -> {
            assertThat(started).hasSingleBean(RosterReplica.class).doesNotHaveBean(SchemaMigration.class);
        });
    }
}
