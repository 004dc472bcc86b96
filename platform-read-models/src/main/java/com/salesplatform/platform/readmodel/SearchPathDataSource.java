package com.salesplatform.platform.readmodel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out pooled connections whose PostgreSQL {@code search_path} starts with the schema of the generation
 * {@link ReadModelRouting} names, followed by the server's own path: read-model tables resolve to that generation,
 * every other table (event store, tokens, the service's own tables) to where it always was. The path is set only when
 * a pooled connection last served another generation.
 */
class SearchPathDataSource extends DelegatingDataSource {

    private final ReadModelRouting routing;
    private final Map<Connection, String> pathOfConnection = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile String serverPath;

    SearchPathDataSource(DataSource pool, ReadModelRouting routing) {
        super(pool);
        this.routing = routing;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return routed(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return routed(super.getConnection(username, password));
    }

    private Connection routed(Connection connection) throws SQLException {
        try {
            Connection physical = connection.unwrap(Connection.class);
            String wanted = wantedPath(connection);
            if (!wanted.equals(pathOfConnection.get(physical))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path TO " + wanted);
                }
                pathOfConnection.put(physical, wanted);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private String wantedPath(Connection connection) throws SQLException {
        String server = serverPath(connection);
        return routing.current().map(generation -> generation.schema() + ", " + server).orElse(server);
    }

    /** The path the server gives a new connection, read once, before this class ever changed one. */
    private String serverPath(Connection connection) throws SQLException {
        String path = serverPath;
        if (path == null) {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT reset_val FROM pg_settings WHERE name = 'search_path'")) {
                result.next();
                path = result.getString(1);
                serverPath = path;
            }
        }
        return path;
    }
}
