package com.salesplatform.gateway.routing;

import java.time.Duration;

import com.salesplatform.gateway.support.DownstreamService;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that is down answers 503 problem+json, one that hangs 504, and the others keep working.
 * orders-service: nothing listens on its port; training-service: accepts the connection, never answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s")
@ActiveProfiles("local")
@AutoConfigureObservability
class DownstreamUnavailableIT {

    private static final DownstreamService LIVE = DownstreamService.start("live");
    private static final DownstreamService HANGING = DownstreamService.startHanging("training-service");

    @Autowired
    private WebTestClient webTestClient;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @LocalManagementPort
    private int managementPort;

    private WebTestClient client;
    private String token;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        registry.add("TARGETS_SERVICE_URL", LIVE::baseUrl);
        registry.add("CUSTOMER_SERVICE_URL", LIVE::baseUrl);
        registry.add("ORDERS_SERVICE_URL", DownstreamService::unreachableUrl);
        registry.add("PERFORMANCE_SERVICE_URL", LIVE::baseUrl);
        registry.add("TRAINING_SERVICE_URL", HANGING::baseUrl);
        registry.add("REPORTING_SERVICE_URL", LIVE::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        LIVE.close();
        HANGING.close();
    }

    @BeforeEach
    void logIn() {
        client = webTestClient.mutate().responseTimeout(Duration.ofSeconds(20)).build();
        token = client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"rep1\",\"password\":\"rep1\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(TokenBody.class).returnResult().getResponseBody().access_token();
    }

    @Test
    void thePlatformsOpenApiDocumentIsNeverServedWithAServiceMissing() {
        client.get().uri("/v3/api-docs")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/service-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("orders-service"));
    }

    @Test
    void aServiceThatIsDownAnswers503ProblemJson() {
        client.post().uri("/api/orders/42/payments")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", "down-1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"amount\":10.00}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Request-Id", "down-1")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("服务暂不可用")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("无法连接 orders-service，请求未被处理，请稍后重试。")
                .jsonPath("$.instance").isEqualTo("/api/orders/42/payments");
    }

    @Test
    void repeatedFailuresOpenThatServicesCircuitOnlyAndTheOthersKeepWorking() {
        CircuitBreaker orders = circuitBreakers.circuitBreaker("orders-service");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            client.get().uri("/api/products")
                    .headers(headers -> headers.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(orders.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        });

        // open circuit: refused at once, still as a problem
        client.get().uri("/api/orders/1")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.instance").isEqualTo("/api/orders/1");
        client.get().uri("/api/targets/1")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("live");
        assertThat(circuitBreakers.circuitBreaker("targets-service").getState())
                .isEqualTo(CircuitBreaker.State.CLOSED);

        String metrics = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).containsPattern(
                "resilience4j_circuitbreaker_state\\{[^}]*name=\"orders-service\"[^}]*state=\"open\"[^}]*} 1\\.0");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeAnswers504ProblemJson() {
        client.get().uri("/api/courses")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/gateway-timeout")
                .jsonPath("$.status").isEqualTo(504)
                .jsonPath("$.instance").isEqualTo("/api/courses");
    }

    record TokenBody(String access_token, String token_type, long expires_in, String refresh_token,
            long refresh_expires_in) {
    }
}
