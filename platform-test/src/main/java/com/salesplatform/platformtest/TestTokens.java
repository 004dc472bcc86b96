package com.salesplatform.platformtest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signed JWTs for tests, shaped like the gateway's (issuer, audience, {@code roles}, {@code teamId}), signed with a
 * key made for this JVM. {@link TestSecurityConfiguration} makes the service under test trust that key, so every
 * test request goes through the real token validation.
 */
public final class TestTokens {

    public static final String ISSUER = "http://test-issuer.local";
    public static final String AUDIENCE = "sales-platform";

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static String admin() {
        return token(UUID.randomUUID().toString(), null, "ADMIN");
    }

    public static String manager(String managerRepId, String teamId) {
        return token(managerRepId, teamId, "MANAGER");
    }

    public static String rep(String repId, String teamId) {
        return token(repId, teamId, "REP");
    }

    public static String token(String subject, String teamId, String... roles) {
        return sign(subject, teamId, Arrays.asList(roles), ISSUER, Instant.now().plus(Duration.ofMinutes(15)));
    }

    public static String expired(String subject, String... roles) {
        return sign(subject, null, Arrays.asList(roles), ISSUER, Instant.now().minus(Duration.ofMinutes(5)));
    }

    public static String fromOtherIssuer(String subject, String... roles) {
        return sign(subject, null, Arrays.asList(roles), "http://someone-else.local",
                Instant.now().plus(Duration.ofMinutes(15)));
    }

    private static String sign(String subject, String teamId, List<String> roles, String issuer, Instant expiry) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(AUDIENCE)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles);
        if (teamId != null) {
            claims.claim("teamId", teamId);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
