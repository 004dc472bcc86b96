package com.salesplatform.gateway.auth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;

/**
 * Every profile but {@code local}: tokens come from an external OpenID Connect issuer, whose signing keys are
 * discovered from its metadata on first use (so the gateway starts even while the identity provider is down).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!local")
class ExternalIssuerConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${" + ExternalIssuerRequirements.ISSUER_PROPERTY + ":}") String issuerUri,
            AuthProperties properties) {
        ExternalIssuerRequirements.verify(issuerUri, properties.demoUsers());
        return new SupplierReactiveJwtDecoder(() -> {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuerUri).build();
            decoder.setJwtValidator(TokenValidation.validator(issuerUri, properties.audience()));
            return decoder;
        });
    }
}
