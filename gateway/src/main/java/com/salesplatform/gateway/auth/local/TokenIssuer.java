package com.salesplatform.gateway.auth.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.salesplatform.gateway.auth.AuthProperties.DemoUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues the RS256 access token of a demo user: {@code iss}, {@code aud}, {@code sub} (the rep id),
 * {@code roles}, {@code teamId} (when the user has one), {@code preferred_username}, {@code iat}, {@code exp},
 * {@code jti} — the claims the services read.
 */
public class TokenIssuer {

    public static final String ROLES_CLAIM = "roles";
    public static final String TEAM_ID_CLAIM = "teamId";
    public static final String USERNAME_CLAIM = "preferred_username";

    private final JwtEncoder encoder;
    private final String keyId;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    public TokenIssuer(JwtEncoder encoder, String keyId, String issuer, String audience, Duration lifetime,
            Clock clock) {
        this.encoder = encoder;
        this.keyId = keyId;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public IssuedToken issue(DemoUser user) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(user.subject().toString())
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(lifetime))
                .id(UUID.randomUUID().toString())
                .claim(USERNAME_CLAIM, user.username())
                .claim(ROLES_CLAIM, user.roles());
        if (user.teamId() != null) {
            claims.claim(TEAM_ID_CLAIM, user.teamId().toString());
        }
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, lifetime.toSeconds());
    }

    /** A signed access token and how many seconds it is valid. */
    public record IssuedToken(String value, long expiresInSeconds) {

        @Override
        public String toString() {
            return "IssuedToken[expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
