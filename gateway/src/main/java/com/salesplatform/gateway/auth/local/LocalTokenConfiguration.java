package com.salesplatform.gateway.auth.local;

import java.time.Clock;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.salesplatform.gateway.auth.AuthProperties;
import com.salesplatform.gateway.auth.TokenValidation;
import com.salesplatform.gateway.sharedstate.SharedStateProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Profile {@code local}: the gateway is its own token issuer. It signs with a key pair generated at startup,
 * publishes the public key as a JWK Set and validates its own tokens with it. Refuses to start when any other
 * profile is active too ({@link LocalProfileRequirement}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalTokenConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalTokenConfiguration.class);

    LocalTokenConfiguration(Environment environment) {
        LocalProfileRequirement.verify(environment.getActiveProfiles());
    }

    @Bean
    LocalSigningKey localSigningKey() {
        LocalSigningKey key = LocalSigningKey.generate();
        log.info("Local profile: issuing demo-user tokens signed with in-memory RSA key {} (published at "
                + "/.well-known/jwks.json)", key.keyId());
        return key;
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(LocalSigningKey key, AuthProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(TokenValidation.validator(localIssuer(properties), properties.audience()));
        return decoder;
    }

    @Bean
    TokenIssuer tokenIssuer(LocalSigningKey key, AuthProperties properties) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key.rsaKey())));
        return new TokenIssuer(encoder, key.keyId(), localIssuer(properties), properties.audience(),
                properties.tokenLifetime(), Clock.systemUTC());
    }

    /** In memory, or in Redis when {@code SALES_REDIS_URL} is set (shared by every gateway replica). */
    @Bean
    RefreshTokenStore refreshTokenStore(AuthProperties properties, DemoUserDirectory users,
            ObjectProvider<StringRedisTemplate> redis, ObjectProvider<SharedStateProperties> sharedState) {
        StringRedisTemplate template = redis.getIfAvailable();
        return template == null
                ? new InMemoryRefreshTokenStore(properties.refreshTokenLifetime(), Clock.systemUTC())
                : new RedisRefreshTokenStore(template, sharedState.getObject().keyPrefix(),
                        properties.refreshTokenLifetime(), Clock.systemUTC(), users);
    }

    /** In memory, or in Redis when {@code SALES_REDIS_URL} is set (shared by every gateway replica). */
    @Bean
    LoginLockout loginLockout(AuthProperties properties, ObjectProvider<StringRedisTemplate> redis,
            ObjectProvider<SharedStateProperties> sharedState) {
        StringRedisTemplate template = redis.getIfAvailable();
        return template == null
                ? new InMemoryLoginLockout(properties.lockout(), Clock.systemUTC())
                : new RedisLoginLockout(template, sharedState.getObject().keyPrefix(), properties.lockout(),
                        Clock.systemUTC());
    }

    @Bean
    DemoUserDirectory demoUserDirectory(AuthProperties properties) {
        DemoUserDirectory directory = new DemoUserDirectory(properties.demoUsers(), new BCryptPasswordEncoder());
        if (directory.size() == 0) {
            log.warn("Local profile without demo users (sales.auth.demo-users): every token request will be refused");
        }
        return directory;
    }

    private static String localIssuer(AuthProperties properties) {
        if (!StringUtils.hasText(properties.issuer())) {
            throw new IllegalStateException("sales.auth.issuer (SALES_JWT_ISSUER) must be set in the local profile");
        }
        return properties.issuer();
    }
}
