package com.salesplatform.gateway.auth;

import java.time.Duration;

import com.salesplatform.gateway.support.DownstreamService;
import com.salesplatform.gateway.support.OidcIssuerStub;
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

/**
 * Production mode against a real (local) OpenID Connect issuer: its tokens pass only with its issuer and the
 * platform's audience; the gateway finds its keys through the issuer's discovery document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("production")
class ExternalIssuerIT {

    private static final OidcIssuerStub ISSUER = new OidcIssuerStub();
    private static final DownstreamService TARGETS = DownstreamService.start("targets-service");

    @Autowired
    private WebTestClient webTestClient;

    private WebTestClient client;

    @DynamicPropertySource
    static void issuerAndServices(DynamicPropertyRegistry registry) {
        registry.add("OIDC_ISSUER_URI", ISSUER::issuer);
        registry.add("TARGETS_SERVICE_URL", TARGETS::baseUrl);
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
        TARGETS.close();
    }

    @BeforeEach
    void patientClient() {
        client = webTestClient.mutate().responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void aTokenOfTheIssuerForThePlatformIsAccepted() {
        call(ISSUER.token(ISSUER.issuer(), "sales-platform"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("targets-service");
    }

    @Test
    void aTokenOfTheIssuerForAnotherAudienceIsRefused() {
        refused(call(ISSUER.token(ISSUER.issuer(), "another-application")));
    }

    @Test
    void aTokenSignedWithTheIssuersKeyButNamingAnotherIssuerIsRefused() {
        refused(call(ISSUER.token("https://login.example.org/realms/other", "sales-platform")));
    }

    private WebTestClient.ResponseSpec call(String token) {
        return client.get().uri("/api/targets/1").headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    private static void refused(WebTestClient.ResponseSpec response) {
        response.expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }
}
