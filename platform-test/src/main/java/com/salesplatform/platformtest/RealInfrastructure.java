package com.salesplatform.platformtest;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the service under test at a fresh database of its own on a real PostgreSQL and at a real Kafka broker.
 * One database per Spring context (contexts are cached and shared across test classes), one broker per JVM.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        String prefix = environment.getProperty("sales.platform.database", "service") + "_test";
        TestPostgres postgres = TestPostgres.get();
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", postgres.createDatabase(prefix),
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password(),
                "spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        environment.getPropertySources().addFirst(new MapPropertySource("real-test-infrastructure", properties));
    }
}
