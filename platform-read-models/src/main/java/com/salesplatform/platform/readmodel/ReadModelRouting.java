package com.salesplatform.platform.readmodel;

import java.util.Optional;

/**
 * Which generation's tables a database connection sees: the one bound to the current thread (a generation's
 * consumers), else the active one (queries, and everything else).
 */
public class ReadModelRouting {

    private final ThreadLocal<ReadModelGeneration> bound = new ThreadLocal<>();
    private volatile ReadModelGeneration active;

    /** Runs {@code work} against {@code generation}'s tables. */
    public void runIn(ReadModelGeneration generation, Runnable work) {
        ReadModelGeneration previous = bound.get();
        bound.set(generation);
        try {
            work.run();
        } finally {
            if (previous == null) {
                bound.remove();
            } else {
                bound.set(previous);
            }
        }
    }

    public Optional<ReadModelGeneration> current() {
        ReadModelGeneration generation = bound.get();
        return Optional.ofNullable(generation != null ? generation : active);
    }

    public Optional<ReadModelGeneration> active() {
        return Optional.ofNullable(active);
    }

    void activate(ReadModelGeneration generation) {
        this.active = generation;
    }
}
