package com.salesplatform.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the platform's JVMs from the kernel's own accounting ({@code utime + stime} in /proc/&lt;pid&gt;/stat),
 * for the processes whose pids {@code ./run.sh start} wrote to {@code .run/pids/}. Read right before and right after
 * a steady load, so that the difference is what the load cost.
 */
final class ProcessCpu {

    private final Path pidDirectory;
    private final long ticksPerSecond;

    ProcessCpu(Path pidDirectory, long ticksPerSecond) {
        this.pidDirectory = pidDirectory;
        this.ticksPerSecond = ticksPerSecond;
    }

    boolean available() {
        return Files.isDirectory(pidDirectory);
    }

    /** Milliseconds of CPU used so far, per component name (gateway, targets-service, kafka, ...). */
    Map<String, Double> sample() {
        Map<String, Double> millis = new TreeMap<>();
        try (Stream<Path> files = Files.list(pidDirectory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".pid")).forEach(file -> {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                Double cpu = cpuMillis(file);
                if (cpu != null) {
                    millis.put(name, cpu);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return millis;
    }

    private Double cpuMillis(Path pidFile) {
        try {
            String pid = Files.readString(pidFile).trim();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // the fields after the command name in parentheses (which may contain spaces): utime and stime are 14, 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000.0 / ticksPerSecond;
        } catch (IOException | RuntimeException e) {
            return null; // a component that is not running
        }
    }

    /** {@code {"commands":n,"seconds":s,"perCommandMs":{"gateway":..,..,"total":..}}} between two samples. */
    static String perCommand(Map<String, Double> before, Map<String, Double> after, long commands, double seconds) {
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"commands\":%d,\"seconds\":%.1f,\"perCommandMs\":{", commands, seconds));
        double total = 0;
        for (Map.Entry<String, Double> entry : after.entrySet()) {
            Double start = before.get(entry.getKey());
            if (start == null) {
                continue;
            }
            double used = entry.getValue() - start;
            total += used;
            json.append(String.format(Locale.ROOT, "\"%s\":%.2f,", entry.getKey(), used / Math.max(1, commands)));
        }
        json.append(String.format(Locale.ROOT, "\"total\":%.2f}}%n", total / Math.max(1, commands)));
        return json.toString();
    }
}
