package com.salesplatform.systemtests.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One deployable application of the repository, as its own configuration describes it: every module with a
 * {@code src/main/resources/application.yml} is one, so a service added later is covered by every deployment test
 * without touching them.
 *
 * @param name     the module, which is also the image, Deployment, Service and compose service name
 * @param port     the default HTTP port its {@code server.port} declares
 * @param managementPort the actuator's own port its {@code management.server.port} declares (ADR 0014)
 * @param database the database it owns ({@code sales.platform.database}), none for the gateway
 * @param context  its bounded context ({@code sales.platform.context}), whose topic is sales.&lt;context&gt;.events
 * @param usesPlatform whether it builds on the shared platform library (and so reads platform-defaults.yml)
 */
record Application(String name, int port, int managementPort, Optional<String> database, Optional<String> context,
                   boolean usesPlatform) {

    static final String GATEWAY = "gateway";
    private static final Pattern PORT_DEFAULT = Pattern.compile("^\\$\\{[A-Z0-9_]+:(\\d+)}$");
    private static final String PLATFORM_DEPENDENCY = "<artifactId>platform</artifactId>";

    static List<Application> all() {
        try (Stream<Path> modules = Files.list(RepositoryFiles.root())) {
            return modules.filter(module -> Files.exists(module.resolve("src/main/resources/application.yml")))
                    .map(Application::of)
                    .sorted(Comparator.comparing(Application::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Application> services() {
        return all().stream().filter(application -> !application.isGateway()).toList();
    }

    static Application gateway() {
        return all().stream().filter(Application::isGateway).findFirst().orElseThrow();
    }

    boolean isGateway() {
        return GATEWAY.equals(name);
    }

    /** The variable the gateway reads this service's address from, e.g. TARGETS_SERVICE_URL. */
    String urlVariable() {
        return name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    Optional<String> topic() {
        return context.map(value -> "sales." + value + ".events");
    }

    Path resources() {
        return RepositoryFiles.path(name).resolve("src/main/resources");
    }

    private static Application of(Path module) {
        Map<String, Object> configuration = RepositoryFiles.yaml(module.resolve("src/main/resources/application.yml"));
        boolean usesPlatform = RepositoryFiles.read(module.resolve("pom.xml")).contains(PLATFORM_DEPENDENCY);
        return new Application(module.getFileName().toString(), defaultPort(module, configuration, "server"),
                defaultPort(module, configuration, "management", "server"),
                Yamls.at(configuration, "sales", "platform", "database").map(String::valueOf),
                Yamls.at(configuration, "sales", "platform", "context").map(String::valueOf), usesPlatform);
    }

    private static int defaultPort(Path module, Map<String, Object> configuration, String... prefix) {
        String property = String.join(".", prefix) + ".port";
        String[] path = Stream.concat(Arrays.stream(prefix), Stream.of("port")).toArray(String[]::new);
        String expression = String.valueOf(Yamls.at(configuration, path).orElseThrow(
                () -> new IllegalStateException(module + " declares no " + property)));
        Matcher port = PORT_DEFAULT.matcher(expression);
        if (!port.matches()) {
            throw new IllegalStateException(module + ": " + property + " is not ${VARIABLE:number}: " + expression);
        }
        return Integer.parseInt(port.group(1));
    }
}
