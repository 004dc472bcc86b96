package com.salesplatform.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platform.config.PlatformProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@AutoConfiguration(after = {KafkaAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnBean(InboundSubscription.class)
public class InboxAutoConfiguration {

    @Bean
    public Inbox inbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        return new Inbox(jdbc, new TransactionTemplate(transactionManager));
    }

    @Bean
    public InboundSubscriptions inboundSubscriptions(List<InboundSubscription> subscriptions,
                                                     @Value("${spring.application.name}") String applicationName,
                                                     ConcurrentKafkaListenerContainerFactory<String, String> factory,
                                                     Inbox inbox, ObjectMapper objectMapper,
                                                     KafkaTemplate<String, String> kafkaTemplate,
                                                     PlatformProperties properties,
                                                     ObjectProvider<MeterRegistry> meterRegistry) {
        return new InboundSubscriptions(subscriptions, applicationName, factory, inbox, objectMapper, kafkaTemplate,
                properties.consumer(), meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** Where read models have generations, {@code ReadModelGenerations} runs the consumers of each generation. */
    @Bean
    @ConditionalOnProperty(name = "sales.platform.read-models.generations", havingValue = "false",
            matchIfMissing = true)
    public InboundConsumers inboundConsumers(InboundSubscriptions subscriptions) {
        return new InboundConsumers(subscriptions);
    }
}
