package com.salesplatform.gateway.auth.local;

import java.util.Map;

import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five wrong passwords lock a username for the configured time (10 minutes here): 429 with Retry-After, even for the right password; other
 * usernames are unaffected; unknown usernames are locked the same way. (Own context: the lock would disturb the
 * other tests' logins.)
 */
@TestPropertySource(properties = "sales.auth.lockout.duration=10m")
class LoginLockoutIT extends LocalGatewayTestBase {

    @Test
    void fiveWrongPasswordsLockTheUsernameEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            login("admin", "wrong-" + i).expectStatus().isUnauthorized();
        }

        String retryAfter = login("admin", "admin")
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/login-locked")
                .jsonPath("$.title").isEqualTo("登录已锁定")
                .jsonPath("$.instance").isEqualTo("/api/auth/token")
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retryAfter)).isBetween(590L, 600L);

        login("manager", "manager").expectStatus().isOk();
    }

    @Test
    void fourWrongPasswordsThenTheRightOneResetTheCount() {
        for (int i = 0; i < 4; i++) {
            login("rep2", "wrong-" + i).expectStatus().isUnauthorized();
        }
        login("rep2", "rep2").expectStatus().isOk();
        for (int i = 0; i < 4; i++) {
            login("rep2", "wrong-" + i).expectStatus().isUnauthorized();
        }
        login("rep2", "rep2").expectStatus().isOk();
    }

    @Test
    void anUnknownUsernameIsLockedLikeAKnownOne() {
        for (int i = 0; i < 5; i++) {
            login("ghost", "wrong-" + i).expectStatus().isUnauthorized();
        }
        login("ghost", "ghost").expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/login-locked");
    }

    @Test
    void aLockedUsernameCannotRefreshAndItsRefreshTokensAreRevoked() {
        String refreshToken = (String) login("rep1", "rep1").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("refresh_token");
        for (int i = 0; i < 5; i++) {
            login("rep1", "wrong-" + i).expectStatus().isUnauthorized();
        }

        String retryAfter = refresh(refreshToken).expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/login-locked")
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 600L);
        refresh(refreshToken).expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec refresh(String refreshToken) {
        return client.post().uri("/api/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refresh_token", refreshToken))
                .exchange();
    }

    private WebTestClient.ResponseSpec login(String username, String password) {
        return client.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }
}
