package com.salesplatform.gateway.auth;

import java.util.List;

import org.springframework.util.StringUtils;

/**
 * Outside the {@code local} profile the gateway trusts an external OpenID Connect issuer and nothing else: it
 * refuses to start without one, and with demo users configured (their well-known passwords must never reach a
 * shared environment).
 */
public final class ExternalIssuerRequirements {

    static final String ISSUER_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    private ExternalIssuerRequirements() {
    }

    public static void verify(String issuerUri, List<AuthProperties.DemoUser> demoUsers) {
        if (demoUsers != null && !demoUsers.isEmpty()) {
            throw new InsecureConfigurationException(
                    "The gateway refuses to start: " + demoUsers.size() + " demo user(s) are configured "
                            + "(sales.auth.demo-users) but the 'local' profile is not active. Demo users with "
                            + "well-known passwords exist for the local run only.",
                    "Remove sales.auth.demo-users from the configuration, or run with "
                            + "SPRING_PROFILES_ACTIVE=local on a developer machine.");
        }
        if (!StringUtils.hasText(issuerUri)) {
            throw new InsecureConfigurationException(
                    "The gateway refuses to start: no OpenID Connect issuer is configured (" + ISSUER_PROPERTY
                            + ") and the 'local' profile is not active, so no token could ever be validated.",
                    "Set OIDC_ISSUER_URI (or " + ISSUER_PROPERTY + ") to the issuer of your identity provider, "
                            + "or run with SPRING_PROFILES_ACTIVE=local on a developer machine.");
        }
    }
}
