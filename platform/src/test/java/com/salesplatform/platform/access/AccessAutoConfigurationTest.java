package com.salesplatform.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.salesplatform.platform.roster.RosterAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link OwnerScope} exists where the roster replica does (performance-service, the roster's source, has none). */
class AccessAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RosterAutoConfiguration.class, AccessAutoConfiguration.class))
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class));

    @Test
    void aServiceWithTheRosterReplicaGetsTheOwnerScope() {
        context.withPropertyValues("sales.platform.roster-replica.enabled=true")
                .run(started -> assertThat(started).hasSingleBean(OwnerScope.class));
    }

    @Test
    void aServiceWithoutTheReplicaHasNone() {
        context.run(started -> assertThat(started).doesNotHaveBean(OwnerScope.class));
    }
}
