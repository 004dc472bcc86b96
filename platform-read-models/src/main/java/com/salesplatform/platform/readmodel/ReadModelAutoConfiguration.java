package com.salesplatform.platform.readmodel;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.database.SchemaMigration;
import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.inbox.InboxAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read models in generations ({@code sales.platform.read-models.generations=true}): the service's data source
 * routes read-model tables to the active generation's schema, and {@link ReadModelGenerations} runs the consumers
 * and rebuilds.
 */
@AutoConfiguration(after = InboxAutoConfiguration.class)
@ConditionalOnProperty(name = "sales.platform.read-models.generations", havingValue = "true")
public class ReadModelAutoConfiguration {

    @Bean
    public static ReadModelRouting readModelRouting() {
        return new ReadModelRouting();
    }

    @Bean
    public static BeanPostProcessor readModelSearchPath(ObjectProvider<ReadModelRouting> routing) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && !(bean instanceof SearchPathDataSource)
                        ? new SearchPathDataSource(pool, routing.getObject()) : bean;
            }
        };
    }

    @Bean
    public SchemaMigration readModelGenerationsMigration() {
        return new SchemaMigration("classpath:db/read-models", "read_models_schema_history", 3);
    }

    @Bean
    public ReadModelGenerations readModelGenerations(InboundSubscriptions subscriptions, ReadModelRouting routing,
                                                     DataSource dataSource, JdbcTemplate jdbc,
                                                     PlatformTransactionManager transactionManager,
                                                     PlatformProperties properties, KafkaAdmin kafkaAdmin,
                                                     ObjectProvider<GenerationMigration> platformMigrations) {
        var transaction = new TransactionTemplate(transactionManager);
        return new ReadModelGenerations(subscriptions, routing, new GenerationRegistry(jdbc, transaction),
                new GenerationSchemas(dataSource, platformMigrations.orderedStream().toList(),
                        properties.readModels().migrations()),
                new ConsumerOffsets(kafkaAdmin.getConfigurationProperties()), jdbc, transaction,
                properties.readModels(), Clock.systemUTC());
    }

    @Bean
    public ReadModelMetrics readModelMetrics(ReadModelGenerations generations,
                                             ObjectProvider<MeterRegistry> registry) {
        return new ReadModelMetrics(generations, registry);
    }
}
