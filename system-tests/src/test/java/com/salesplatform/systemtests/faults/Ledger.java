package com.salesplatform.systemtests.faults;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the writers of the mixed load were told: every acknowledged write with its id, every write the gateway
 * refused without reaching the service (503), and the counts of each kind of answer. Thread-safe.
 */
final class Ledger {

    enum Kind { TARGET, LEAD, ORDER, PAYMENT }

    /** Counts of answers, cumulative since the load began; {@link #minus} gives a scenario's share. */
    record Counts(long attempts, long acknowledged, long refused, long unknown, long otherServerErrors,
                  long otherRejections) {
        Counts minus(Counts earlier) {
            return new Counts(attempts - earlier.attempts, acknowledged - earlier.acknowledged,
                    refused - earlier.refused, unknown - earlier.unknown,
                    otherServerErrors - earlier.otherServerErrors, otherRejections - earlier.otherRejections);
        }
    }

    private final Map<Kind, Set<String>> acknowledged = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<String>> refused = new EnumMap<>(Kind.class);
    private final Map<String, BigDecimal> paymentsByOrder = new HashMap<>();
    private final Map<Kind, Long> lastAcknowledgedAt = new EnumMap<>(Kind.class);
    private final Map<Integer, Long> otherAnswers = new HashMap<>();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private long acknowledgedCount;
    private long refusedCount;
    private long otherServerErrors;
    private long otherRejections;

    Ledger() {
        for (Kind kind : Kind.values()) {
            acknowledged.put(kind, new LinkedHashSet<>());
            refused.put(kind, new LinkedHashSet<>());
        }
    }

    void attempted() {
        attempts.incrementAndGet();
    }

    /** 502, 504 or no answer at all: the write may have happened; the writer retries it with the same key. */
    void unknownOutcome() {
        unknown.incrementAndGet();
    }

    synchronized void acknowledged(Kind kind, String id, BigDecimal amount) {
        acknowledgedCount++;
        lastAcknowledgedAt.put(kind, System.nanoTime());
        if (kind == Kind.PAYMENT) {
            paymentsByOrder.merge(id, amount, BigDecimal::add);
        } else {
            acknowledged.get(kind).add(id);
        }
    }

    /** A 503 for a write whose every attempt was refused: the service was never reached, nothing may be stored. */
    synchronized void refused(Kind kind, String id) {
        refusedCount++;
        if (id != null && kind != Kind.PAYMENT) {
            refused.get(kind).add(id);
        }
    }

    synchronized void otherAnswer(int status) {
        otherAnswers.merge(status, 1L, Long::sum);
        if (status >= 500) {
            otherServerErrors++;
        } else {
            otherRejections++;
        }
    }

    synchronized Set<String> acknowledged(Kind kind) {
        return Set.copyOf(acknowledged.get(kind));
    }

    synchronized Set<String> refused(Kind kind) {
        return Set.copyOf(refused.get(kind));
    }

    synchronized Map<String, BigDecimal> paymentsByOrder() {
        return Map.copyOf(paymentsByOrder);
    }

    synchronized long acknowledgedSince(Kind kind, long nanoTime) {
        Long last = lastAcknowledgedAt.get(kind);
        return last != null && last - nanoTime > 0 ? 1 : 0;
    }

    synchronized Map<Integer, Long> otherAnswers() {
        return Map.copyOf(otherAnswers);
    }

    synchronized Counts counts() {
        return new Counts(attempts.get(), acknowledgedCount, refusedCount, unknown.get(), otherServerErrors,
                otherRejections);
    }
}
