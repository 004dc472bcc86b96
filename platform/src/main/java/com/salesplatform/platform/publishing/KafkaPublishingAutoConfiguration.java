package com.salesplatform.platform.publishing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platform.config.PlatformProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the service's events to {@code sales.<context>.events} when the service declares a
 * {@link PublishedEventCatalog}.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, AxonAutoConfiguration.class})
@ConditionalOnClass(EventStore.class)
@ConditionalOnBean(PublishedEventCatalog.class)
@ConditionalOnProperty(name = "sales.platform.publisher.enabled", havingValue = "true", matchIfMissing = true)
public class KafkaPublishingAutoConfiguration {

    @Bean
    public KafkaEventPublisher kafkaEventPublisher(PublishedEventCatalog catalog, KafkaTemplate<String, String> kafka,
                                                   ObjectMapper objectMapper, PlatformProperties properties,
                                                   @Value("${spring.application.name}") String source) {
        return new KafkaEventPublisher(catalog, kafka, objectMapper, properties.context(), source,
                properties.publisher().ackTimeout());
    }

    @Bean
    RepublishToEmptyTopic republishToEmptyTopic(EventProcessingConfiguration processing, EventStore eventStore,
                                                KafkaAdmin kafkaAdmin, PlatformProperties properties) {
        return new RepublishToEmptyTopic(processing, eventStore, kafkaAdmin.getConfigurationProperties(),
                properties.topic());
    }

    /** Created where nobody created it before (a laptop, the tests); kept for ever: read models are rebuilt from it. */
    @Bean
    public NewTopic publishedEventsTopic(PlatformProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.publisher().partitions())
                .replicas(properties.publisher().replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    /** Axon's default handler logs and skips a failed event: a failed send must stop the token instead. */
    @Bean
    public ConfigurerModule propagateSendFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                KafkaEventPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
