package com.salesplatform.gateway.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway, profile {@code local}, on a random port in front of six real stand-in services (one per platform
 * service). Every subclass shares one application context and the same stand-ins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // every test class logs in from 127.0.0.1: the per-address login limit is RateLimitIT's subject
        "sales.gateway.rate-limit.per-client-ip.requests=100000",
        "sales.gateway.cors-origins=" + LocalGatewayTestBase.FRONTEND_ORIGIN})
@ActiveProfiles("local")
@AutoConfigureObservability
public abstract class LocalGatewayTestBase {

    protected static final String FRONTEND_ORIGIN = "https://sales.example.test";

    protected static final Map<String, DownstreamService> SERVICES = startServices();

    @Autowired
    private WebTestClient webTestClient;

    @LocalManagementPort
    private int managementPort;

    protected WebTestClient client;

    /** The actuator's own port (ADR 0014). */
    protected WebTestClient management;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("TARGETS_SERVICE_URL", () -> SERVICES.get("targets-service").baseUrl());
        registry.add("CUSTOMER_SERVICE_URL", () -> SERVICES.get("customer-service").baseUrl());
        registry.add("ORDERS_SERVICE_URL", () -> SERVICES.get("orders-service").baseUrl());
        registry.add("PERFORMANCE_SERVICE_URL", () -> SERVICES.get("performance-service").baseUrl());
        registry.add("TRAINING_SERVICE_URL", () -> SERVICES.get("training-service").baseUrl());
        registry.add("REPORTING_SERVICE_URL", () -> SERVICES.get("reporting-service").baseUrl());
    }

    @BeforeEach
    void slowMachineFriendlyClient() {
        client = webTestClient.mutate().responseTimeout(Duration.ofSeconds(20)).build();
        management = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    /** A token for a demo user (password = username), from the gateway's own token endpoint. */
    protected String tokenFor(String username) {
        Map<?, ?> body = client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", username))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class)
                .returnResult().getResponseBody();
        return (String) body.get("access_token");
    }

    protected static String newRequestId() {
        return "test-" + UUID.randomUUID();
    }

    private static Map<String, DownstreamService> startServices() {
        Map<String, DownstreamService> services = new LinkedHashMap<>();
        for (String name : new String[] {"targets-service", "customer-service", "orders-service",
                "performance-service", "training-service", "reporting-service"}) {
            services.put(name, DownstreamService.start(name));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> services.values().forEach(DownstreamService::close)));
        return Map.copyOf(services);
    }
}
