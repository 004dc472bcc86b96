package com.salesplatform.platformtest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started whole on a random port, against a real PostgreSQL and a real Kafka broker, trusting
 * {@link TestTokens}. Test classes with the same annotation share one started service. The actuator is served on
 * the API port here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the actuator on the API port, as before ADR 0014 (one port to call); the separate management port is proven
// against the running platform (system-tests)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=")
@AutoConfigureObservability
@ContextConfiguration(initializers = RealInfrastructure.class)
@Import(TestSecurityConfiguration.class)
public @interface ServiceIntegrationTest {
}
