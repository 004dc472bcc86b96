package com.salesplatform.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * JUnit 5 extension giving black-box tests a running platform, the way a frontend sees it: the gateway.
 *
 * <p>If something already answers {@code GET <gateway>/readyz} with 200 (a platform you started
 * with {@code ./run.sh}, or {@code SALES_GATEWAY_URL} pointing elsewhere), it is reused and left alone.
 * Otherwise the platform is started exactly like a developer does it, with {@code $SALES_PLATFORM_HOME/run.sh start}
 * ({@code SALES_RUN_NO_BUILD=1}: inside {@code mvn verify} the jars exist already, since system-tests is the last
 * module, and the build must not be re-entered), and after all tests of the run the components this start
 * launched are stopped with {@code run.sh stop <those components>}.
 *
 * <p>Test methods and constructors may declare a {@link Gateway} parameter, and a {@link PlatformControl} to stop and
 * start components.
 */
public final class RunningPlatform implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningPlatform.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == Gateway.class || type == PlatformControl.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        Platform platform = platform(extensionContext);
        return parameterContext.getParameter().getType() == Gateway.class ? platform.gateway() : platform;
    }

    private static Platform platform(ExtensionContext context) {
        // the root store: one platform for the whole test run, closed (stopped) after the last test
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Platform.class, key -> Platform.startOrReuse(), Platform.class);
    }

    /** The platform under test; stops what it started when JUnit closes the root store. */
    static final class Platform implements ExtensionContext.Store.CloseableResource, PlatformControl {

        private final Gateway gateway;
        private final Path home;
        private final List<String> startedComponents;
        private volatile boolean stopped;

        private Platform(Gateway gateway, Path home, List<String> startedComponents) {
            this.gateway = gateway;
            this.home = home;
            this.startedComponents = startedComponents;
        }

        Gateway gateway() {
            return gateway;
        }

        static Platform startOrReuse() {
            URI gatewayUri = gatewayUri();
            if (ready(gatewayUri)) {
                log("Reusing the platform already answering at " + gatewayUri);
                return new Platform(new Gateway(gatewayUri), null, List.of());
            }
            String host = gatewayUri.getHost() == null ? "" : gatewayUri.getHost().toLowerCase(Locale.ROOT);
            if (!host.equals("localhost") && !host.equals("127.0.0.1")) {
                throw new IllegalStateException("Nothing answers at " + gatewayUri + "/readyz and "
                        + "SALES_GATEWAY_URL is not local, so the system tests cannot start the platform themselves.");
            }
            Path home = platformHome();
            Path log = outputDirectory().resolve("platform-start.log");
            log("Nothing answers at " + gatewayUri + "; starting the platform with " + home.resolve("run.sh")
                    + " start (output in " + log + ")");
            long startedAt = System.nanoTime();
            int exit = runScript(home, log, START_TIMEOUT, "start");
            if (exit != 0) {
                throw new IllegalStateException("'run.sh start' failed (exit " + exit + "). Its output ("
                        + log + "), the services' logs are in " + home.resolve(".run/logs") + ":\n"
                        + tail(log, 150));
            }
            List<String> started = lastStart(home);
            Platform platform = new Platform(new Gateway(gatewayUri), home, started);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stopQuietly, "stop-platform"));
            if (!ready(gatewayUri)) {
                platform.stopQuietly();
                throw new IllegalStateException("'run.sh start' succeeded but " + gatewayUri
                        + "/readyz does not answer 200. run.sh output:\n" + tail(log, 80));
            }
            log("Platform started in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt)
                    + " s; launched: " + started);
            return platform;
        }

        @Override
        public void close() {
            stopQuietly();
        }

        @Override
        public boolean startedByTheseTests() {
            return home != null && !startedComponents.isEmpty();
        }

        @Override
        public void stop(String component) {
            run(STOP_TIMEOUT, "stop", component);
        }

        @Override
        public void kill(String component) {
            if (!startedByTheseTests()) {
                throw new IllegalStateException("The platform was not started by these tests; it is left alone");
            }
            Path pidFile = home.resolve(".run/pids/" + component + ".pid");
            ProcessHandle process;
            try {
                process = ProcessHandle.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()))
                        .orElseThrow(() -> new IllegalStateException(component + " is not running"));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + pidFile, e);
            }
            process.destroyForcibly();
            process.onExit().orTimeout(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        }

        @Override
        public void start(String component) {
            run(START_TIMEOUT, component.equals("kafka") ? "kafka" : "start");
            if (component.equals("gateway")) {
                gateway.forgetTokens();
            }
        }

        @Override
        public Path logFile(String component) {
            if (!startedByTheseTests()) {
                throw new IllegalStateException("The platform was not started by these tests; its logs are elsewhere");
            }
            return home.resolve(".run/logs/" + component + ".log");
        }

        private void run(Duration timeout, String... args) {
            if (!startedByTheseTests()) {
                throw new IllegalStateException("The platform was not started by these tests; it is left alone");
            }
            Path log = outputDirectory().resolve("platform-" + String.join("-", args) + ".log");
            int exit = runScript(home, log, timeout, args);
            if (exit != 0) {
                throw new IllegalStateException("'run.sh " + String.join(" ", args) + "' exited " + exit + ":\n"
                        + tail(log, 60));
            }
        }

        private synchronized void stopQuietly() {
            if (stopped || home == null || startedComponents.isEmpty()) {
                stopped = true;
                return;
            }
            stopped = true;
            List<String> args = new ArrayList<>();
            args.add("stop");
            args.addAll(startedComponents);
            Path log = outputDirectory().resolve("platform-stop.log");
            log("Stopping what the system tests started: " + startedComponents);
            int exit = runScript(home, log, STOP_TIMEOUT, args.toArray(String[]::new));
            if (exit != 0) {
                log("'run.sh stop' exited " + exit + ":\n" + tail(log, 40));
            }
        }

        private static int runScript(Path home, Path log, Duration timeout, String... args) {
            List<String> command = new ArrayList<>();
            command.add("bash");
            command.add(home.resolve("run.sh").toString());
            command.addAll(Arrays.asList(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    // a file, not a pipe: the services started in the background keep no pipe of ours open
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().put("SALES_RUN_NO_BUILD", "1");
            try {
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroy();
                    process.waitFor(30, TimeUnit.SECONDS);
                    throw new IllegalStateException("'run.sh " + String.join(" ", args) + "' did not finish within "
                            + timeout + ". Output:\n" + tail(log, 80));
                }
                return process.exitValue();
            } catch (IOException e) {
                throw new IllegalStateException("Could not run " + command, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + command, e);
            }
        }

        private static List<String> lastStart(Path home) {
            Path file = home.resolve(".run/last-start");
            try {
                String content = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
                return content.isEmpty() ? List.of() : List.of(content.split("\\s+"));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
        }

        private static boolean ready(URI gateway) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(gateway.resolve("/readyz"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static URI gatewayUri() {
            String value = setting("sales.gateway.url", "SALES_GATEWAY_URL", "http://localhost:8080");
            return URI.create(value.replaceAll("/+$", ""));
        }

        private static Path platformHome() {
            String configured = setting("sales.platform.home", "SALES_PLATFORM_HOME", null);
            if (configured != null) {
                Path home = Paths.get(configured).toAbsolutePath().normalize();
                if (!Files.isRegularFile(home.resolve("run.sh"))) {
                    throw new IllegalStateException("SALES_PLATFORM_HOME=" + configured + " has no run.sh");
                }
                return home;
            }
            for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("run.sh"))) {
                    return dir;
                }
            }
            throw new IllegalStateException("Cannot find run.sh: set SALES_PLATFORM_HOME to the repository root.");
        }

        private static Path outputDirectory() {
            Path target = Paths.get("target").toAbsolutePath();
            try {
                return Files.createDirectories(Files.isDirectory(target) ? target : Paths.get(System.getProperty("java.io.tmpdir")));
            } catch (IOException e) {
                return Paths.get(System.getProperty("java.io.tmpdir"));
            }
        }

        private static String setting(String property, String env, String fallback) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(env);
            }
            return value == null || value.isBlank() ? fallback : value;
        }

        static String tail(Path file, int lines) {
            try {
                List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException e) {
                return "(cannot read " + file + ": " + e.getMessage() + ")";
            }
        }

        private static void log(String message) {
            System.out.println("[RunningPlatform] " + message);
        }
    }
}
