package com.salesplatform.systemtests;

/**
 * Stops and starts components of the platform under test (names as {@code run.sh} knows them: {@code kafka},
 * {@code reporting-service}, ...). Only for a platform these tests started themselves: one somebody else runs is
 * left alone.
 */
public interface PlatformControl {

    boolean startedByTheseTests();

    void stop(String component);

    /** Kills the component's process with SIGKILL ({@code kill -9}: no shutdown of any kind) and waits until it is gone. */
    void kill(String component);

    /** Starts the component again and returns once it is healthy. */
    void start(String component);

    /** The component's log of its current run ({@code .run/logs/<component>.log}). */
    java.nio.file.Path logFile(String component);
}
