package com.salesplatform.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Read-your-write samples: milliseconds from sending a command until a read model shows its effect. Gatling's own
 * statistics are per request; this one spans a request and the polls after it, so it is written out separately
 * (a JSON object of percentiles, read by benchmarks/run.sh).
 */
final class LagRecorder {

    private final List<Double> fromSend = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> fromAcknowledgement = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger notVisible = new AtomicInteger();

    void record(long sentNanos, long acknowledgedNanos, long visibleNanos) {
        fromSend.add((visibleNanos - sentNanos) / 1e6);
        fromAcknowledgement.add((visibleNanos - acknowledgedNanos) / 1e6);
    }

    /** A command whose effect did not show within the simulation's timeout. */
    void recordNotVisible() {
        notVisible.incrementAndGet();
    }

    String toJson() {
        return "{\"samples\":" + fromSend.size() + ",\"notVisible\":" + notVisible.get()
                + ",\"commandToVisible\":" + percentiles(fromSend)
                + ",\"acknowledgedToVisible\":" + percentiles(fromAcknowledgement) + "}\n";
    }

    private static String percentiles(List<Double> samples) {
        List<Double> sorted;
        synchronized (samples) {
            sorted = new ArrayList<>(samples);
        }
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "{\"p50\":%.1f,\"p90\":%.1f,\"p99\":%.1f,\"max\":%.1f}",
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99),
                percentile(sorted, 1.0));
    }

    private static double percentile(List<Double> sorted, double rank) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(rank * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
