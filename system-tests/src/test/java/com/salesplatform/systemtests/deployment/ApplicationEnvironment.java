package com.salesplatform.systemtests.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an application reads from the environment, taken from the configuration files it actually loads: its
 * {@code application.yml}, the {@code application-<profile>.yml} of each active profile, and the platform's
 * {@code platform-defaults.yml} when it builds on the platform. Deployment files are checked against it both ways:
 * every variable the application needs is set, and nothing is set that no application reads (a typo, or a setting
 * left over from an older version).
 */
final class ApplicationEnvironment {

    private static final Path PLATFORM_DEFAULTS =
            RepositoryFiles.path("platform/src/main/resources/platform-defaults.yml");

    /** Read by Spring Boot or the JVM themselves (relaxed binding), not through a placeholder. */
    private static final Set<String> READ_BY_SPRING_OR_THE_JVM =
            Set.of("SPRING_PROFILES_ACTIVE", "SERVER_PORT", "MANAGEMENT_SERVER_PORT", "JAVA_TOOL_OPTIONS");
    /** Platform properties without a placeholder that a deployment may set (sales.platform.database.*). */
    private static final Set<String> PLATFORM_PROPERTIES = Set.of("SALES_PLATFORM_DATABASE_CREATE_IF_MISSING");

    private ApplicationEnvironment() {
    }

    static List<EnvironmentPlaceholder> placeholders(Application application, Collection<String> profiles) {
        List<Path> files = new ArrayList<>();
        files.add(application.resources().resolve("application.yml"));
        profiles.stream().map(profile -> application.resources().resolve("application-" + profile + ".yml"))
                .filter(Files::exists).forEach(files::add);
        if (application.usesPlatform()) {
            files.add(PLATFORM_DEFAULTS);
        }
        List<EnvironmentPlaceholder> found = new ArrayList<>();
        files.forEach(file -> collect(RepositoryFiles.yaml(file), "", found));
        return found;
    }

    /** Asserts that {@code environment} (variable names of one container) fits what the application reads. */
    static void assertFits(Application application, Set<String> environment, List<String> profiles, String where) {
        List<EnvironmentPlaceholder> read = placeholders(application, profiles);
        List<String> missing = read.stream()
                .filter(EnvironmentPlaceholder::requiredInDeployment)
                .filter(placeholder -> !placeholder.satisfiedBy(environment))
                .map(placeholder -> String.join(" or ", placeholder.names()) + " (" + placeholder.property() + ")")
                .distinct().toList();
        assertThat(missing).as("%s: variables %s reads whose default cannot work in a deployment", where,
                application.name()).isEmpty();

        Set<String> known = new LinkedHashSet<>(READ_BY_SPRING_OR_THE_JVM);
        read.forEach(placeholder -> known.addAll(placeholder.names()));
        if (application.usesPlatform()) {
            known.addAll(PLATFORM_PROPERTIES);
        }
        Set<String> unknown = environment.stream().filter(name -> !known.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unknown).as("%s: variables set for %s that it never reads", where, application.name()).isEmpty();
    }

    static List<String> profiles(String springProfilesActive) {
        if (springProfilesActive == null || springProfilesActive.isBlank()) {
            return List.of();
        }
        return List.of(springProfilesActive.trim().split("\\s*,\\s*"));
    }

    private static void collect(Object node, String path, List<EnvironmentPlaceholder> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collect(value, path.isEmpty() ? String.valueOf(key) : path + "." + key, found));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", found);
            }
        } else if (node != null) {
            found.addAll(EnvironmentPlaceholder.in(String.valueOf(node), path));
        }
    }
}
