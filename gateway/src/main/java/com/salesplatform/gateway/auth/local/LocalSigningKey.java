package com.salesplatform.gateway.auth.local;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RSA key pair that signs the local run's tokens. Generated in memory at startup and never written anywhere:
 * a restart invalidates every token issued before it. Only the public half is ever published.
 */
public final class LocalSigningKey {

    private static final int KEY_SIZE = 2048;

    private final RSAKey rsaKey;

    private LocalSigningKey(RSAKey rsaKey) {
        this.rsaKey = rsaKey;
    }

    public static LocalSigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            return new LocalSigningKey(new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    public String keyId() {
        return rsaKey.getKeyID();
    }

    /** The key pair, private half included: for the token encoder only. */
    RSAKey rsaKey() {
        return rsaKey;
    }

    public RSAPublicKey publicKey() {
        try {
            return rsaKey.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("The local signing key has no usable public key", e);
        }
    }

    /** The public JWK Set document ({@code {"keys":[...]}}) without any private parameter. */
    public Map<String, Object> publicJwkSet() {
        return new JWKSet(rsaKey.toPublicJWK()).toJSONObject(true);
    }
}
