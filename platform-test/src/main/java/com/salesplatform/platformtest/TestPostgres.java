package com.salesplatform.platformtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests, found in this order: {@code SALES_TEST_DB_URL} (a server base URL such as
 * {@code jdbc:postgresql://db:5432}, with {@code SALES_TEST_DB_USER}/{@code SALES_TEST_DB_PASSWORD}); the local
 * server on 127.0.0.1:5432; a Testcontainers container where a Docker engine answers. Each test JVM gets databases
 * of its own, dropped when the JVM ends.
 */
public final class TestPostgres {

    private static TestPostgres instance;

    private final String serverUrl;
    private final String user;
    private final String password;

    private TestPostgres(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = locate();
        }
        return instance;
    }

    private static TestPostgres locate() {
        String explicit = System.getenv("SALES_TEST_DB_URL");
        if (explicit != null && !explicit.isBlank()) {
            return new TestPostgres(explicit.replaceAll("/+$", ""), env("SALES_TEST_DB_USER", "postgres"),
                    env("SALES_TEST_DB_PASSWORD", ""));
        }
        if (listening("127.0.0.1", 5432)) {
            return new TestPostgres("jdbc:postgresql://127.0.0.1:5432", "postgres", "");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new TestPostgres("jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort(),
                    container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("""
                No PostgreSQL for the tests. Start one of:
                  - the local server on 127.0.0.1:5432 (Debian: pg_ctlcluster --skip-systemctl-redirect 15 main start),
                  - a Docker engine (Testcontainers then starts postgres:15-alpine),
                  - or point SALES_TEST_DB_URL (jdbc:postgresql://host:port) at a server you may create databases on.""");
    }

    /** A new, empty UTF-8 database for this JVM, dropped at exit; answers its JDBC URL. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name
                + " WITH (FORCE)")));
        return serverUrl + "/" + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl + "/postgres", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }

    private static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
