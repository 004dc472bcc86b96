package com.salesplatform.gateway.canonicalpath;

import java.net.URI;
import java.util.Map;

import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A path spelled another way than its canonical form is refused with 400 before anything decides by the path:
 * {@code /%61pi/customers} was routed to customer-service but escaped the per-user rate limit, and
 * {@code /api/auth/%74oken} was answered by the token endpoint but never counted by the per-address limit.
 */
class CanonicalPathIT extends LocalGatewayTestBase {

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @ValueSource(strings = {"/%61pi/customers", "/api/%63ustomers", "//api/customers", "/api//customers",
            "/api/./customers", "/api/targets/../customers", "/api%2Fcustomers", "/api/customers;x=1",
            "/api/customers/%252e%252e"})
    void aNonCanonicalPathIsRefusedAndNeverReachesAService(String path) {
        String requestId = newRequestId();

        client.get().uri(raw(path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor("rep1"))
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Request-Id", requestId)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/non-canonical-path")
                .jsonPath("$.title").isEqualTo("路径不规范")
                .jsonPath("$.status").isEqualTo(400);

        SERVICES.values().forEach(service -> assertThat(service.requestWithId(requestId)).isEmpty());
    }

    @Test
    void anEncodedTokenPathIsNotAnsweredSoWrongPasswordsThereAreNeitherTriedNorUncounted() {
        for (int i = 0; i < 6; i++) {
            client.post().uri(raw("/api/auth/%74oken"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", "manager", "password", "wrong-" + i))
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://sales-platform.dev/problems/non-canonical-path");
        }

        // the six never reached the token endpoint: the username is not locked
        assertThat(tokenFor("manager")).isNotBlank();
    }

    @Test
    void theProblemNamesTheRule() {
        client.get().uri(raw("/api/./customers")).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("dot segment"));
    }

    @Test
    void aCanonicalPathIsRoutedAsBefore() {
        client.get().uri(raw("/api/customers"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor("rep1"))
                .exchange()
                .expectStatus().isOk();
    }

    /** The path exactly as written: the URI builder would encode the '%' again. */
    private URI raw(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
