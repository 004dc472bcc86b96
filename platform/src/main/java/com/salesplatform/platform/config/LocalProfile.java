package com.salesplatform.platform.config;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * The {@code local} profile is a developer's own machine: demo keys and demo data belong to it alone. Every other
 * profile describes a shared environment, so a demo key refuses to start when any other profile is active too
 * ({@code local,kubernetes} included) or when {@code local} is not active at all.
 */
public final class LocalProfile {

    public static final String NAME = "local";

    private LocalProfile() {
    }

    /**
     * Refuses to start unless {@code local} is the only active profile.
     *
     * @param what    the demo configuration in use, e.g. "the demo key-encryption key"
     * @param instead what to configure outside the local run
     */
    public static void requireAlone(Environment environment, String what, String instead) {
        List<String> active = Arrays.asList(environment.getActiveProfiles());
        List<String> others = active.stream().filter(profile -> !NAME.equals(profile)).toList();
        if (!active.contains(NAME) || !others.isEmpty()) {
            throw new InsecureConfigurationException(
                    "The service refuses to start: " + what + " is for the 'local' profile alone, on a developer's "
                            + "own machine, and the active profiles are " + active + ".",
                    "Run with SPRING_PROFILES_ACTIVE=local alone on a developer machine, or " + instead + ".");
        }
    }
}
