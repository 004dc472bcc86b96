package com.salesplatform.gateway.sharedstate;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.salesplatform.gateway.GatewayApplication;
import com.salesplatform.gateway.auth.local.LocalSigningKey;
import com.salesplatform.gateway.auth.local.LocalTokens;
import com.salesplatform.gateway.support.DownstreamService;
import com.salesplatform.gateway.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateways (two application contexts, as two replicas) with {@code SALES_REDIS_URL} set to the real Redis,
 * under one key prefix: a lock-out, a rotated refresh token and a per-user rate limit are the same on both. A third
 * gateway whose Redis is down keeps routing (limits suspended) and refuses sign-in with 503.
 */
class SharedStateIT {

    private static final DownstreamService SERVICE = DownstreamService.start("any-service");
    private static final TestRedis REDIS = new TestRedis();

    private static ConfigurableApplicationContext firstGateway;
    private static ConfigurableApplicationContext secondGateway;
    private static ConfigurableApplicationContext gatewayWithoutRedis;
    private static WebTestClient first;
    private static WebTestClient second;
    private static WebTestClient withoutRedis;

    @BeforeAll
    static void startGateways() {
        firstGateway = start(TestRedis.URL);
        secondGateway = start(TestRedis.URL);
        gatewayWithoutRedis = start(DownstreamService.unreachableUrl().replace("http:", "redis:"));
        first = clientOf(firstGateway);
        second = clientOf(secondGateway);
        withoutRedis = clientOf(gatewayWithoutRedis);
    }

    @AfterAll
    static void stopGateways() {
        for (ConfigurableApplicationContext gateway : new ConfigurableApplicationContext[] {firstGateway,
                secondGateway, gatewayWithoutRedis}) {
            if (gateway != null) {
                gateway.close();
            }
        }
        REDIS.close();
        SERVICE.close();
    }

    @Test
    void wrongPasswordsOnBothGatewaysLockTheUsernameOnBoth() {
        login(first, "manager", "wrong-1").expectStatus().isUnauthorized();
        login(second, "manager", "wrong-2").expectStatus().isUnauthorized();
        login(first, "manager", "wrong-3").expectStatus().isUnauthorized();

        login(second, "manager", "manager").expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/login-locked");
        login(first, "manager", "manager").expectStatus().isEqualTo(429);
    }

    @Test
    void aRefreshTokenFromOneGatewayIsRotatedOnTheOtherAndItsReplayEndsTheLoginOnBoth() {
        String issued = refreshTokenOf(login(first, "rep2", "rep2").expectStatus().isOk());

        String rotated = refreshTokenOf(refresh(second, issued).expectStatus().isOk());

        refresh(first, issued).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/invalid-refresh-token");
        refresh(second, rotated).expectStatus().isUnauthorized();
    }

    @Test
    void aUsersRateLimitIsCountedAcrossBothGateways() {
        String subject = UUID.randomUUID().toString();
        String tokenForFirst = LocalTokens.tokenFor(LocalTokens.encoderFor(firstGateway.getBean(LocalSigningKey.class)), subject);
        String tokenForSecond = LocalTokens.tokenFor(LocalTokens.encoderFor(secondGateway.getBean(LocalSigningKey.class)), subject);

        get(first, tokenForFirst).expectStatus().isOk();
        get(second, tokenForSecond).expectStatus().isOk();
        get(first, tokenForFirst).expectStatus().isOk();

        get(second, tokenForSecond).expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/rate-limited");
        get(first, tokenForFirst).expectStatus().isEqualTo(429);
    }

    @Test
    void withRedisDownTheApiIsRoutedWithoutLimitsButNoOneSignsInOrRefreshes() {
        String token = LocalTokens.tokenFor(LocalTokens.encoderFor(gatewayWithoutRedis.getBean(LocalSigningKey.class)),
                UUID.randomUUID().toString());
        for (int i = 0; i < 4; i++) {
            get(withoutRedis, token).expectStatus().isOk();
        }

        login(withoutRedis, "rep1", "rep1").expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/service-unavailable");
        refresh(withoutRedis, "any-token").expectStatus().isEqualTo(503);
    }

    private static ConfigurableApplicationContext start(String redisUrl) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
        properties.put("sales.gateway.shared-state.redis-url", redisUrl);
        properties.put("sales.gateway.shared-state.key-prefix", REDIS.keyPrefix());
        properties.put("sales.gateway.shared-state.timeout", "500ms");
        properties.put("sales.gateway.rate-limit.per-user.requests", "3");
        properties.put("sales.gateway.rate-limit.per-user.period", "1m");
        properties.put("sales.gateway.rate-limit.per-client-ip.requests", "1000");
        properties.put("sales.auth.lockout.max-failures", "3");
        for (String service : new String[] {"TARGETS", "CUSTOMER", "ORDERS", "PERFORMANCE", "TRAINING", "REPORTING"}) {
            properties.put(service + "_SERVICE_URL", SERVICE.baseUrl());
        }
        // as command-line arguments: they win over application.yml, as the environment would
        return new SpringApplicationBuilder(GatewayApplication.class)
                .profiles("local")
                .run(properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                        .toArray(String[]::new));
    }

    private static WebTestClient clientOf(ConfigurableApplicationContext gateway) {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    private static WebTestClient.ResponseSpec login(WebTestClient gateway, String username, String password) {
        return gateway.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }

    private static WebTestClient.ResponseSpec refresh(WebTestClient gateway, String refreshToken) {
        return gateway.post().uri("/api/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", refreshToken))
                .exchange();
    }

    private static WebTestClient.ResponseSpec get(WebTestClient gateway, String token) {
        return gateway.get().uri("/api/targets").headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private static String refreshTokenOf(WebTestClient.ResponseSpec answer) {
        Map<?, ?> body = answer.expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body.get("refresh_token")).isInstanceOf(String.class);
        return (String) body.get("refresh_token");
    }
}
