package com.salesplatform.benchmarks;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a benchmark run is told through system properties ({@code -Dbench.*}); the defaults fit the platform that
 * {@code ./run.sh start} runs on this machine. Smoke mode ({@code bench.smoke=true}) shrinks every phase to a few
 * requests so the harness can run inside the system tests.
 */
public record BenchmarkSettings(String gatewayUrl, String targetsServiceUrl, String scenario, boolean smoke,
                                Duration phase, int concurrency, int sequentialCommands, int lagSamples,
                                Path outputDirectory, Path pidDirectory, long clockTicksPerSecond) {

    public static BenchmarkSettings fromSystemProperties() {
        boolean smoke = Boolean.getBoolean("bench.smoke");
        return new BenchmarkSettings(
                System.getProperty("bench.gateway", "http://127.0.0.1:8080"),
                System.getProperty("bench.targets-service", "http://127.0.0.1:8081"),
                System.getProperty("bench.scenario", "all"),
                smoke,
                Duration.ofSeconds(Long.getLong("bench.phase-seconds", smoke ? 2 : 30)),
                Integer.getInteger("bench.concurrency", 8),
                Integer.getInteger("bench.sequential-commands", smoke ? 5 : 300),
                Integer.getInteger("bench.lag-samples", smoke ? 3 : 100),
                Path.of(System.getProperty("bench.output", "target/benchmarks")),
                // where ./run.sh start wrote the pids (CPU per command); the clock ticks of /proc/<pid>/stat
                Path.of(System.getProperty("bench.pid-dir", "../.run/pids")),
                Long.getLong("bench.clock-ticks", 100));
    }

    public boolean runs(String name) {
        return scenario.equals("all") || scenario.equals(name);
    }
}
