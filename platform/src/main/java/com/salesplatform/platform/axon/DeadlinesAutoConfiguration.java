package com.salesplatform.platform.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.salesplatform.platform.database.SchemaMigration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Persisted deadlines: when a service has db-scheduler on its classpath, Axon's own auto-configuration builds a
 * {@code DbSchedulerDeadlineManager}; this adds the {@code scheduled_tasks} table it needs, owned by Flyway.
 */
@AutoConfiguration
@ConditionalOnClass({Scheduler.class, org.axonframework.deadline.DeadlineManager.class})
public class DeadlinesAutoConfiguration {

    @Bean
    public SchemaMigration deadlineSchemaMigration() {
        return new SchemaMigration("classpath:db/deadlines", "deadlines_schema_history", 2);
    }
}
