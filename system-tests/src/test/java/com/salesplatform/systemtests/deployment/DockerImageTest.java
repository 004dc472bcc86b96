package com.salesplatform.systemtests.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one Dockerfile every application's image is built from, checked without a Docker engine. */
class DockerImageTest {

    private static final Pattern ARG_DEFAULT = Pattern.compile("(?m)^ARG\\s+(\\w+)=(\\S+)");

    private final String dockerfile = RepositoryFiles.read("Dockerfile");
    private final List<String> instructions = Arrays.stream(dockerfile.split("\n"))
            .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

    @Test
    void it_is_multi_stage_with_a_jre_runtime_and_base_images_that_are_not_latest() {
        List<String> froms = instructions.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(froms).as("stages").hasSizeGreaterThanOrEqualTo(2);
        assertThat(resolveArguments(froms.get(froms.size() - 1))).as("the runtime stage").contains("-jre");
        froms.stream().map(this::resolveArguments).map(from -> from.split("\\s+")[1]).forEach(image ->
                assertThat(image).as("base image").contains(":").doesNotEndWith(":latest"));
    }

    @Test
    void it_runs_the_layered_spring_boot_jar_of_the_module_given_as_build_argument() {
        assertThat(instructions).contains("ARG MODULE");
        assertThat(dockerfile).contains("-Djarmode=tools", "extract --layers --launcher",
                "/workspace/${MODULE}/target/${MODULE}.jar");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(dockerfile).as("layer %s copied on its own", layer).contains("/extracted/" + layer + "/");
        }
        assertThat(last("ENTRYPOINT")).as("exec form: the JVM gets SIGTERM for its graceful shutdown")
                .startsWith("ENTRYPOINT [").contains("org.springframework.boot.loader.launch.JarLauncher");
        for (Application application : Application.all()) {
            assertThat(dockerfile).as("the build copies %s", application.name())
                    .contains("COPY " + application.name() + "/ " + application.name() + "/");
        }
    }

    @Test
    void it_runs_as_a_non_root_user_and_checks_the_readiness_group() {
        String user = last("USER").substring("USER ".length()).split(":")[0];
        assertThat(user).as("runtime user").isNotIn("root", "0");
        assertThat(last("HEALTHCHECK")).contains("CMD");
        // the readiness group on the API port (ADR 0014): the management port is the actuator's alone
        assertThat(RepositoryFiles.read("docker/healthcheck.sh")).contains("GET /readyz ").contains("SERVER_PORT");
    }

    @Test
    void the_build_context_leaves_out_build_output_local_state_and_history() {
        List<String> ignored = Arrays.stream(RepositoryFiles.read(".dockerignore").split("\n"))
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(ignored).contains("target/", "*/target/", ".run/", ".git/");
        // a pattern matching `target` at any depth also drops source packages of that name (targets-service's
        // com.salesplatform.targets.target): the image build then does not compile
        assertThat(ignored).as("build output ignored at the root and module level only")
                .noneMatch(pattern -> pattern.startsWith("**") && pattern.contains("target"));
    }

    private String last(String instruction) {
        return instructions.stream().filter(line -> line.startsWith(instruction + " ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("Dockerfile has no " + instruction));
    }

    private String resolveArguments(String line) {
        Matcher defaults = ARG_DEFAULT.matcher(dockerfile);
        String resolved = line;
        while (defaults.find()) {
            resolved = resolved.replace("${" + defaults.group(1) + "}", defaults.group(2));
        }
        return resolved;
    }
}
