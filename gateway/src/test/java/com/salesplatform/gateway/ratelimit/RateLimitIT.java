package com.salesplatform.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.salesplatform.gateway.auth.local.LocalSigningKey;
import com.salesplatform.gateway.auth.local.LocalTokens;
import com.salesplatform.gateway.support.DownstreamService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Over its limit a user (per {@code sub}) or a login client (per IP address) gets 429 with Retry-After. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sales.gateway.rate-limit.per-user.requests=3",
        "sales.gateway.rate-limit.per-user.period=1m",
        "sales.gateway.rate-limit.per-client-ip.requests=3",
        "sales.gateway.rate-limit.per-client-ip.period=1m"})
@ActiveProfiles("local")
class RateLimitIT {

    private static final DownstreamService SERVICE = DownstreamService.start("any-service");

    @Autowired
    private WebTestClient client;

    @Autowired
    private LocalSigningKey signingKey;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"TARGETS", "CUSTOMER", "ORDERS", "PERFORMANCE", "TRAINING", "REPORTING"}) {
            registry.add(service + "_SERVICE_URL", SERVICE::baseUrl);
        }
    }

    @AfterAll
    static void stopService() {
        SERVICE.close();
    }

    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void aUserOverTheLimitGets429WithRetryAfterAndTheCallNeverReachesTheService() {
        String token = LocalTokens.tokenFor(LocalTokens.encoderFor(signingKey), UUID.randomUUID().toString());
        for (int i = 0; i < 3; i++) {
            get("/api/targets", token, "ok-" + UUID.randomUUID()).expectStatus().isOk();
        }

        String refusedId = "limited-" + UUID.randomUUID();
        String retryAfter = get("/api/customers/1", token, refusedId)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/rate-limited")
                .jsonPath("$.title").isEqualTo("请求过于频繁")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.instance").isEqualTo("/api/customers/1")
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        assertThat(SERVICE.requestWithId(refusedId)).isEmpty();
    }

    @Test
    void anotherUserIsNotLimitedByTheFirstOnesTraffic() {
        String busy = LocalTokens.tokenFor(LocalTokens.encoderFor(signingKey), UUID.randomUUID().toString());
        String quiet = LocalTokens.tokenFor(LocalTokens.encoderFor(signingKey), UUID.randomUUID().toString());
        for (int i = 0; i < 4; i++) {
            get("/api/targets", busy, "busy-" + i + UUID.randomUUID());
        }
        get("/api/targets", busy, "busy-" + UUID.randomUUID()).expectStatus().isEqualTo(429);

        get("/api/targets", quiet, "quiet-" + UUID.randomUUID()).expectStatus().isOk();
    }

    @Test
    void passwordGuessingFromOneAddressIsLimitedEvenWithTheRightPasswordAtLast() {
        for (int i = 0; i < 3; i++) {
            login("guess-" + i).expectStatus().isUnauthorized();
        }

        String retryAfter = client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "rep1", "password", "rep1"))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/rate-limited")
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);

        client.post().uri("/api/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", "guessed"))
                .exchange()
                .expectStatus().isEqualTo(429);
    }

    private WebTestClient.ResponseSpec get(String path, String token, String requestId) {
        return client.get().uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", requestId)
                .exchange();
    }

    private WebTestClient.ResponseSpec login(String password) {
        return client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "nobody", "password", password))
                .exchange();
    }
}
