package com.salesplatform.gateway.auth.local;

import java.util.Arrays;
import java.util.List;

import com.salesplatform.gateway.auth.InsecureConfigurationException;

/**
 * The demo users and the in-memory signing key exist for a developer's own machine: the gateway refuses to start
 * with them when any profile besides {@code local} is active ({@code local,kubernetes} included), since every
 * other profile describes a shared environment.
 */
final class LocalProfileRequirement {

    static final String LOCAL = "local";

    private LocalProfileRequirement() {
    }

    static void verify(String[] activeProfiles) {
        List<String> others = Arrays.stream(activeProfiles).filter(profile -> !LOCAL.equals(profile)).toList();
        if (!others.isEmpty()) {
            throw new InsecureConfigurationException(
                    "The gateway refuses to start: the 'local' profile (demo users with well-known passwords, a "
                            + "token-signing key held in memory) is active together with " + others + ". The local "
                            + "profile is for a developer's own machine only and combines with no other profile.",
                    "Run with SPRING_PROFILES_ACTIVE=local alone on a developer machine, or drop 'local' and "
                            + "configure an identity provider (OIDC_ISSUER_URI).");
        }
    }
}
