package com.salesplatform.gateway.auth.local;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Test tokens with chosen claims, signed with the gateway's own key or with a stranger's. */
public final class LocalTokens {

    public static final String ISSUER = "http://localhost:8080";
    public static final String AUDIENCE = "sales-platform";
    public static final String REP1 = "5a1e5000-0000-4000-8000-0000000000c1";

    private LocalTokens() {
    }

    public static JwtEncoder encoderFor(LocalSigningKey key) {
        return encoder(key.rsaKey());
    }

    /** An encoder with a freshly generated key nobody trusts. */
    public static JwtEncoder strangerEncoder() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return encoder(new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String token(JwtEncoder encoder, String issuer, String audience, Instant issuedAt,
            Instant expiresAt) {
        return token(encoder, issuer, audience, REP1, issuedAt, expiresAt);
    }

    /** A valid-looking REP token for any subject, valid for ten minutes from now. */
    public static String tokenFor(JwtEncoder encoder, String subject) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return token(encoder, ISSUER, AUDIENCE, subject, now, now.plusSeconds(600));
    }

    public static String token(JwtEncoder encoder, String issuer, String audience, String subject,
            Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(subject)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("roles", List.of("REP"))
                .claim("preferred_username", "rep1")
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static JwtEncoder encoder(RSAKey key) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    }
}
