package com.salesplatform.systemtests.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * podman and podman-compose as the containers system test runs them: from the repository root, with the
 * repository's {@code docker/podman/containers.conf}, the compose stack under its own project name.
 */
final class Podman {

    /** Its own project name, so a developer's stack ({@code sales-platform}) is never touched. */
    static final String PROJECT = "sales-platform-it";
    static final String PROJECT_LABEL = "io.podman.compose.project=" + PROJECT;

    private Podman() {
    }

    record Result(int exitCode, String output) {
        Result orFail(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " exited " + exitCode + ":\n" + tail(output, 6000));
            }
            return this;
        }

        List<String> lines() {
            return output.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        }
    }

    static Result podman(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(Arrays.asList(arguments));
        return run(timeout, command);
    }

    /**
     * podman-compose on docker-compose.yml with the local-images override. podman-compose 1.0.3 has no
     * {@code --env-file}: the variables of {@code docker/local.env} (the explicit opt-in to the local profile and its
     * demo users) are handed to it as environment variables instead.
     */
    static Result compose(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman-compose", "-p", PROJECT,
                "-f", "docker-compose.yml", "-f", "docker-compose.local-images.yml"));
        command.addAll(Arrays.asList(arguments));
        return run(timeout, command, localEnv());
    }

    private static Map<String, String> localEnv() {
        Map<String, String> variables = new LinkedHashMap<>();
        RepositoryFiles.read("docker/local.env").lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .forEach(line -> variables.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return variables;
    }

    static Result script(Duration timeout, String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of(RepositoryFiles.path(script).toString()));
        command.addAll(Arrays.asList(arguments));
        return run(timeout, command);
    }

    /** The compose container of a service: podman-compose names them {@code <project>_<service>_1}. */
    static String container(String service) {
        return PROJECT + "_" + service + "_1";
    }

    static String inspect(String object, String format) {
        return podman(Duration.ofSeconds(30), "inspect", "--format", format, object).orFail("podman inspect " + object)
                .output().trim();
    }

    static Result run(Duration timeout, List<String> command) {
        return run(timeout, command, Map.of());
    }

    static Result run(Duration timeout, List<String> command, Map<String, String> environment) {
        try {
            Path output = Files.createTempFile("podman", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(RepositoryFiles.root().toFile())
                        .redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().put("CONTAINERS_CONF",
                        RepositoryFiles.path("docker/podman/containers.conf").toString());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroy();
                    process.waitFor(10, TimeUnit.SECONDS);
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ":\n"
                            + tail(Files.readString(output, StandardCharsets.UTF_8), 6000));
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    static String tail(String text, int characters) {
        return text.length() <= characters ? text : "…" + text.substring(text.length() - characters);
    }
}
