package com.salesplatform.gateway.routing;

import java.time.Duration;
import java.util.UUID;

import com.salesplatform.gateway.auth.local.LocalSigningKey;
import com.salesplatform.gateway.auth.local.LocalTokens;
import com.salesplatform.gateway.support.ConnectionDroppingService;
import com.salesplatform.gateway.support.ConnectionDroppingService.Failure;
import com.salesplatform.gateway.support.DownstreamService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A creating POST whose service fails tells the client whether the service was reached: never reached (nothing
 * listens) is 503 {@code service-unavailable}; reached and then the connection reset is 502
 * {@code outcome-unknown}; reached and no answer within the time limit is 504 {@code gateway-timeout}. In the last
 * two the service had stored the request, and the client's retry with the same {@code Idempotency-Key} gets the
 * stored answer (the stand-in honours the key as the services do) — nothing is stored twice.
 * orders-service resets, performance-service hangs (time limit 1 s), customer-service's port is closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.timelimiter.instances.performance-service.base-config=default",
        "resilience4j.timelimiter.instances.performance-service.timeout-duration=1s"})
@ActiveProfiles("local")
class UnknownOutcomeIT {

    private static final ConnectionDroppingService ORDERS = new ConnectionDroppingService();
    private static final ConnectionDroppingService PERFORMANCE = new ConnectionDroppingService();
    private static final DownstreamService OTHERS = DownstreamService.start("others");

    @Autowired
    private WebTestClient webTestClient;

    @Autowired
    private LocalSigningKey signingKey;

    private WebTestClient client;
    private String token;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("ORDERS_SERVICE_URL", ORDERS::baseUrl);
        registry.add("PERFORMANCE_SERVICE_URL", PERFORMANCE::baseUrl);
        registry.add("CUSTOMER_SERVICE_URL", DownstreamService::unreachableUrl);
        registry.add("TARGETS_SERVICE_URL", OTHERS::baseUrl);
        registry.add("TRAINING_SERVICE_URL", OTHERS::baseUrl);
        registry.add("REPORTING_SERVICE_URL", OTHERS::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        ORDERS.close();
        PERFORMANCE.close();
        OTHERS.close();
    }

    @BeforeEach
    void setUp() {
        client = webTestClient.mutate().responseTimeout(Duration.ofSeconds(20)).build();
        token = LocalTokens.tokenFor(LocalTokens.encoderFor(signingKey), UUID.randomUUID().toString());
    }

    @Test
    void aServiceNeverReachedIs503AndSaysNothingWasDone() {
        post("/api/customers", UUID.randomUUID().toString())
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/service-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("请求未被处理"));
    }

    @Test
    void aResetAfterTheServiceGotThePostIs502OutcomeUnknownAndTheRetryWithTheSameKeyResolvesIt() {
        String key = UUID.randomUUID().toString();
        int storedBefore = ORDERS.storedCount();
        ORDERS.failNext(1, Failure.RESET);

        post("/api/orders", key)
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/outcome-unknown")
                .jsonPath("$.title").isEqualTo("结果未知")
                .jsonPath("$.status").isEqualTo(502)
                .jsonPath("$.instance").isEqualTo("/api/orders")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("orders-service", "结果未知", "相同的 Idempotency-Key"));
        assertThat(ORDERS.storedCount() - storedBefore).as("the service had stored it").isEqualTo(1);

        retryResolves("/api/orders", key, ORDERS, storedBefore);
    }

    @Test
    void noAnswerWithinTheTimeLimitIs504OutcomeUnknownAndTheRetryWithTheSameKeyResolvesIt() {
        String key = UUID.randomUUID().toString();
        int storedBefore = PERFORMANCE.storedCount();
        PERFORMANCE.failNext(1, Failure.HANG);

        post("/api/appraisals", key)
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/gateway-timeout")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("performance-service", "结果未知", "相同的 Idempotency-Key"));

        retryResolves("/api/appraisals", key, PERFORMANCE, storedBefore);
    }

    private void retryResolves(String path, String key, ConnectionDroppingService service, int storedBefore) {
        post(path, key)
                .expectStatus().isOk()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.attempt").isEqualTo(storedBefore + 1);
        assertThat(service.storedCount() - storedBefore).as("stored once").isEqualTo(1);
    }

    private WebTestClient.ResponseSpec post(String path, String idempotencyKey) {
        return client.post().uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"x\"}")
                .exchange();
    }
}
