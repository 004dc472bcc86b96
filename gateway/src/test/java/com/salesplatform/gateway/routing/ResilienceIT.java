package com.salesplatform.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.salesplatform.gateway.auth.local.LocalSigningKey;
import com.salesplatform.gateway.auth.local.LocalTokens;
import com.salesplatform.gateway.support.ConnectionDroppingService;
import com.salesplatform.gateway.support.DownstreamService;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Circuit breakers, time limits and retries against real servers: customer-service goes down and comes back
 * (its circuit opens, then closes through half-open), training-service is slower than its 1 s limit while
 * targets-service answers at once, and orders-service drops connections while counting what it received. Many
 * concurrent calls to one service all pass (the per-service bulkhead is sized for real traffic).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.circuitbreaker.instances.customer-service.base-config=default",
        "resilience4j.circuitbreaker.instances.customer-service.sliding-window-size=4",
        "resilience4j.circuitbreaker.instances.customer-service.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.instances.customer-service.wait-duration-in-open-state=1s",
        "resilience4j.circuitbreaker.instances.customer-service.permitted-number-of-calls-in-half-open-state=2",
        "resilience4j.timelimiter.instances.training-service.base-config=default",
        "resilience4j.timelimiter.instances.training-service.timeout-duration=1s"})
@ActiveProfiles("local")
class ResilienceIT {

    private static final DownstreamService TARGETS = DownstreamService.start("targets-service");
    private static final DownstreamService CUSTOMERS = DownstreamService.start("customer-service");
    private static final DownstreamService SLOW_TRAINING = DownstreamService.startHanging("training-service");
    private static final ConnectionDroppingService ORDERS = new ConnectionDroppingService();

    @Autowired
    private WebTestClient webTestClient;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @Autowired
    private LocalSigningKey signingKey;

    @LocalServerPort
    private int port;

    private WebTestClient client;
    private String token;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("TARGETS_SERVICE_URL", TARGETS::baseUrl);
        registry.add("CUSTOMER_SERVICE_URL", CUSTOMERS::baseUrl);
        registry.add("ORDERS_SERVICE_URL", ORDERS::baseUrl);
        registry.add("PERFORMANCE_SERVICE_URL", TARGETS::baseUrl);
        registry.add("TRAINING_SERVICE_URL", SLOW_TRAINING::baseUrl);
        registry.add("REPORTING_SERVICE_URL", TARGETS::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        TARGETS.close();
        CUSTOMERS.close();
        SLOW_TRAINING.close();
        ORDERS.close();
    }

    @BeforeEach
    void setUp() {
        client = webTestClient.mutate().responseTimeout(Duration.ofSeconds(20)).build();
        token = LocalTokens.tokenFor(LocalTokens.encoderFor(signingKey), UUID.randomUUID().toString());
    }

    @Test
    void aCircuitOpensWhileItsServiceIsDownAndClosesAgainOnceItIsBack() {
        CircuitBreaker customers = circuitBreakers.circuitBreaker("customer-service");
        get("/api/customers/1").expectStatus().isOk();

        CUSTOMERS.stop();
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
                get("/api/customers/1").expectStatus().isEqualTo(503)
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(customers.getState()).isEqualTo(CircuitBreaker.State.OPEN);
            });
            int receivedWhileOpen = CUSTOMERS.requestCount();
            get("/api/customers/2").expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/service-unavailable");
            assertThat(CUSTOMERS.requestCount()).isEqualTo(receivedWhileOpen);
        } finally {
            CUSTOMERS.restart();
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            get("/api/customers/3").expectStatus().isOk();
            assertThat(customers.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        });
        get("/api/customers/4").expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("customer-service");
    }

    @Test
    void aSlowServiceGets504WithinItsLimitWhileAnotherRouteAnswersNormally() {
        long start = System.nanoTime();
        CompletableFuture<EntityExchangeResult<byte[]>> slowCall = CompletableFuture.supplyAsync(() ->
                get("/api/courses").expectBody().returnResult());

        long otherStart = System.nanoTime();
        get("/api/targets/1").expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("targets-service");
        Duration otherTook = Duration.ofNanos(System.nanoTime() - otherStart);

        EntityExchangeResult<byte[]> slow = slowCall.join();
        Duration slowTook = Duration.ofNanos(System.nanoTime() - start);
        assertThat(slow.getStatus().value()).isEqualTo(504);
        assertThat(slow.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(slow.getResponseBody())).contains("https://sales-platform.dev/problems/gateway-timeout");
        assertThat(slowTook).isBetween(Duration.ofMillis(900), Duration.ofMillis(3000));
        assertThat(otherTook).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void aGetIsRetriedOnceAfterADroppedConnection() {
        int before = ORDERS.requestCount();
        ORDERS.dropNext(1);

        get("/api/orders/7").expectStatus().isOk();

        assertThat(ORDERS.requestCount() - before).isEqualTo(2);
    }

    @Test
    void aPostIsNeverRetried() {
        int before = ORDERS.requestCount();
        ORDERS.dropNext(1);

        client.post().uri("/api/orders/7/payments")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"amount\":10.00}")
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/outcome-unknown");

        assertThat(ORDERS.requestCount() - before).isEqualTo(1);
    }

    @Test
    void aGetFailingTwiceIsAnsweredWith502AfterExactlyOneRetry() {
        int before = ORDERS.requestCount();
        ORDERS.dropNext(2);

        get("/api/orders/8").expectStatus().isEqualTo(502);

        assertThat(ORDERS.requestCount() - before).isEqualTo(2);
    }

    @Test
    void manyConcurrentCallsToOneServiceAreAllServed() {
        WebClient webClient = WebClient.create("http://127.0.0.1:" + port);
        List<Integer> statuses = Flux.range(0, 64)
                .flatMap(i -> webClient.get().uri("/api/targets/" + i)
                        .headers(headers -> headers.setBearerAuth(token))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
                        64)
                .collectList()
                .block(Duration.ofSeconds(30));

        assertThat(statuses).hasSize(64).containsOnly(200);
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).headers(headers -> headers.setBearerAuth(token)).exchange();
    }
}
