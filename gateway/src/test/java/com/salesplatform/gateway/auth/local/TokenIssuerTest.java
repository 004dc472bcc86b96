package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIssuerTest {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00.750Z");

    private final LocalSigningKey key = LocalSigningKey.generate();
    private final TokenIssuer issuer = new TokenIssuer(LocalTokens.encoderFor(key), key.keyId(),
            "http://gateway:8080", "sales-platform", Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void signsTheUsersClaimsWithTheLocalKey() {
        UUID subject = UUID.randomUUID();
        UUID team = UUID.randomUUID();

        TokenIssuer.IssuedToken token = issuer.issue(user(subject, List.of("MANAGER"), team));
        Jwt jwt = decode(token.value());

        assertThat(token.expiresInSeconds()).isEqualTo(1800);
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", key.keyId());
        assertThat(jwt.getIssuer()).hasToString("http://gateway:8080");
        assertThat(jwt.getAudience()).containsExactly("sales-platform");
        assertThat(jwt.getSubject()).isEqualTo(subject.toString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MANAGER");
        assertThat(jwt.getClaimAsString("teamId")).isEqualTo(team.toString());
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("someone");
        assertThat(jwt.getIssuedAt()).isEqualTo(Instant.parse("2027-03-01T08:00:00Z"));
        assertThat(jwt.getExpiresAt()).isEqualTo(Instant.parse("2027-03-01T08:30:00Z"));
        assertThat(jwt.getId()).isNotBlank();
    }

    @Test
    void leavesTeamIdOutForAUserWithoutTeam() {
        Jwt jwt = decode(issuer.issue(user(UUID.randomUUID(), List.of("ADMIN"), null)).value());

        assertThat(jwt.hasClaim("teamId")).isFalse();
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
    }

    @Test
    void neverPrintsTheToken() {
        TokenIssuer.IssuedToken token = issuer.issue(user(UUID.randomUUID(), List.of("REP"), null));

        assertThat(token.toString()).doesNotContain(token.value());
    }

    private Jwt decode(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey()).build();
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success()); // the signature is still checked
        return decoder.decode(token);
    }

    private static DemoUser user(UUID subject, List<String> roles, UUID team) {
        return new DemoUser("someone", "$2a$10$e0Qne3aFDx3dJAyehZR.I.hNRq/AouGIFk5QGSySPtsR0nrwE.hz2", subject, roles,
                team);
    }
}
