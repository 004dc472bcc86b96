package com.salesplatform.gateway.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import com.salesplatform.gateway.auth.local.LocalSigningKey;
import com.salesplatform.gateway.auth.local.LocalTokens;
import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static com.salesplatform.gateway.auth.local.LocalTokens.AUDIENCE;
import static com.salesplatform.gateway.auth.local.LocalTokens.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Which calls need a token, and what a caller without a valid one gets. */
class AuthenticationIT extends LocalGatewayTestBase {

    @Autowired
    private LocalSigningKey signingKey;

    @Test
    void anApiCallWithoutATokenIsRefusedWithAProblemAndNeverReachesTheService() {
        String requestId = newRequestId();
        client.get().uri("/api/targets?period=2027")
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().valueEquals("X-Request-Id", requestId)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/unauthorized")
                .jsonPath("$.title").isEqualTo("需要登录")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/targets");

        assertThat(SERVICES.get("targets-service").requestWithId(requestId)).isEmpty();
    }

    static Stream<Arguments> rejectedTokens() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return Stream.of(
                arguments("signed by another key", (TokenFactory) key -> LocalTokens.token(
                        LocalTokens.strangerEncoder(), ISSUER, AUDIENCE, now, now.plusSeconds(600))),
                arguments("expired", (TokenFactory) key -> LocalTokens.token(
                        key, ISSUER, AUDIENCE, now.minusSeconds(7200), now.minusSeconds(3600))),
                arguments("for another audience", (TokenFactory) key -> LocalTokens.token(
                        key, ISSUER, "another-platform", now, now.plusSeconds(600))),
                arguments("from another issuer", (TokenFactory) key -> LocalTokens.token(
                        key, "https://evil.example", AUDIENCE, now, now.plusSeconds(600))),
                arguments("not a JWT", (TokenFactory) key -> "not-a-jwt"));
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("rejectedTokens")
    void anInvalidTokenIsRefusedWithAProblemAndNeverReachesTheService(String description, TokenFactory factory) {
        String token = factory.create(LocalTokens.encoderFor(signingKey));
        String requestId = newRequestId();

        client.get().uri("/api/orders/42")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/unauthorized")
                .jsonPath("$.title").isEqualTo("需要登录")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/orders/42");

        assertThat(SERVICES.get("orders-service").requestWithId(requestId)).isEmpty();
    }

    @Test
    void aValidTokenMadeTheSameWayIsAccepted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = LocalTokens.token(LocalTokens.encoderFor(signingKey), ISSUER, AUDIENCE, now,
                now.plusSeconds(600));

        client.get().uri("/api/orders/42")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/livez", "/readyz", "/.well-known/jwks.json", "/v3/api-docs"})
    void probesAndDocumentationArePublicOnTheApiPort(String path) {
        client.get().uri(path).exchange().expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
            "/actuator/info", "/actuator/prometheus"})
    void theActuatorAnswersOnItsManagementPortOnly(String path) {
        management.get().uri(path).exchange().expectStatus().isOk();

        client.get().uri(path).exchange().expectStatus().isNotFound();
        client.get().uri(path).headers(headers -> headers.setBearerAuth(tokenFor("admin"))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theApiPortServesNoMetricsWithOrWithoutAToken() {
        client.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/metrics").headers(headers -> headers.setBearerAuth(tokenFor("admin")))
                .exchange().expectStatus().isNotFound();
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
    }

    @Test
    void healthReportsUp() {
        client.get().uri("/readyz").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void theFallbackEndpointsCannotBeCalledFromOutside() {
        client.get().uri("/fallback/orders-service").exchange()
                .expectStatus().isUnauthorized();
        client.get().uri("/fallback/orders-service")
                .headers(headers -> headers.setBearerAuth(tokenFor("admin")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/forbidden");
    }

    @Test
    void anApiPathNoServiceOwnsIsAProblemNotFound() {
        client.get().uri("/api/nothing-here")
                .headers(headers -> headers.setBearerAuth(tokenFor("rep1")))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/not-found")
                .jsonPath("$.title").isEqualTo("未找到")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/nothing-here");
    }

    @FunctionalInterface
    interface TokenFactory {
        String create(JwtEncoder gatewayKeyEncoder);
    }
}
