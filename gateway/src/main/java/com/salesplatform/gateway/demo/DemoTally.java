package com.salesplatform.gateway.demo;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What one seeding run created, found already there, or could not make, per kind of thing. */
final class DemoTally {

    private final Map<String, int[]> counts = new TreeMap<>();

    void created(String kind) {
        counts.computeIfAbsent(kind, k -> new int[3])[0]++;
    }

    void present(String kind) {
        counts.computeIfAbsent(kind, k -> new int[3])[1]++;
    }

    void failed(String kind) {
        counts.computeIfAbsent(kind, k -> new int[3])[2]++;
    }

    int created() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    int present() {
        return counts.values().stream().mapToInt(c -> c[1]).sum();
    }

    int failed() {
        return counts.values().stream().mapToInt(c -> c[2]).sum();
    }

    String createdByKind() {
        return describe(0);
    }

    String failedByKind() {
        return describe(2);
    }

    private String describe(int column) {
        return counts.entrySet().stream().filter(e -> e.getValue()[column] > 0)
                .map(e -> e.getValue()[column] + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
