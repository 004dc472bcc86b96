package com.salesplatform.gateway.auth;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class TokenValidationTest {

    private static final String ISSUER = "http://localhost:8080";

    private final OAuth2TokenValidator<Jwt> validator = TokenValidation.validator(ISSUER, "sales-platform");

    @Test
    void acceptsACurrentTokenOfTheIssuerForThePlatform() {
        assertThat(validator.validate(jwt(ISSUER, List.of("other", "sales-platform"), Instant.now().plusSeconds(60)))
                .hasErrors()).isFalse();
    }

    @Test
    void rejectsAnotherAudience() {
        assertThat(validator.validate(jwt(ISSUER, List.of("other"), Instant.now().plusSeconds(60))).hasErrors())
                .isTrue();
    }

    @Test
    void rejectsAnotherIssuer() {
        assertThat(validator.validate(jwt("http://elsewhere", List.of("sales-platform"), Instant.now().plusSeconds(60)))
                .hasErrors()).isTrue();
    }

    @Test
    void rejectsAnExpiredTokenBeyondTheClockSkew() {
        assertThat(validator.validate(jwt(ISSUER, List.of("sales-platform"), Instant.now().minusSeconds(120)))
                .hasErrors()).isTrue();
    }

    private static Jwt jwt(String issuer, List<String> audience, Instant expiresAt) {
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .issuer(issuer)
                .audience(audience)
                .subject("5a1e5000-0000-4000-8000-0000000000c1")
                .issuedAt(expiresAt.minusSeconds(3600))
                .expiresAt(expiresAt)
                .build();
    }
}
