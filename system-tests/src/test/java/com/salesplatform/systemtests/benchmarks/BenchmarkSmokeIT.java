package com.salesplatform.systemtests.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.benchmarks.PlatformSimulation;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.RunningPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark (benchmarks/, docs/performance.md) in smoke mode against the platform of the system tests: every
 * phase of the Gatling simulation with a few requests, so that the harness keeps working. Its numbers mean nothing;
 * what is checked is that Gatling ran, no request failed (the simulation's assertion) and a command became visible
 * in the reporting read model for every read-your-write sample. Gatling runs in a JVM of its own, as the Maven plugin
 * runs it (it needs {@code java.lang} opened).
 */
@ExtendWith(RunningPlatform.class)
class BenchmarkSmokeIT {

    private static final int LAG_SAMPLES = 3;

    @Test
    void everyPhaseRunsWithoutAFailedRequest(Gateway gateway) throws Exception {
        Path output = Files.createDirectories(Path.of("target", "benchmark-smoke").toAbsolutePath());
        Path log = output.resolve("gatling.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path")));
        Map.of("bench.smoke", "true",
                "bench.scenario", "all",
                "bench.gateway", gateway.base().toString(),
                // two clients: the gateway's per-user rate limit of the system tests' platform stays far away
                "bench.concurrency", "2",
                "bench.lag-samples", String.valueOf(LAG_SAMPLES),
                "bench.output", output.toString(),
                "bench.token.manager", gateway.token("manager", "manager"),
                "bench.token.rep1", gateway.token("rep1", "rep1"))
                .forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("io.gatling.app.Gatling",
                "--simulation", PlatformSimulation.class.getName(),
                "--results-folder", output.resolve("gatling").toString(),
                "--launcher", "maven", "--build-tool-version", "3"));

        Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = gatling.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            gatling.destroyForcibly();
        }

        assertThat(finished).as("Gatling finished within 3 minutes (log: %s)", log).isTrue();
        assertThat(gatling.exitValue()).as("Gatling's exit status (non-zero: a failed request or run):%n%s",
                Files.readString(log)).isZero();
        JsonNode lags = new ObjectMapper().readTree(Files.readString(output.resolve("read-your-write.json")));
        assertThat(lags.path("samples").asInt()).isEqualTo(LAG_SAMPLES);
        assertThat(lags.path("commandToVisible").path("max").asDouble()).isPositive();
    }
}
