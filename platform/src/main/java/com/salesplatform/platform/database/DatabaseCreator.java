package com.salesplatform.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Creates the service's own PostgreSQL database on first start, before the connection pool or Flyway touch it,
 * so that one PostgreSQL server can host every service with nothing created by hand.
 * Switched off with {@code sales.platform.database.create-if-missing=false} (e.g. a managed database).
 */
public class DatabaseCreator implements BeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?$");
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private final ObjectProvider<DataSourceProperties> properties;
    private Environment environment;
    private boolean done;

    DatabaseCreator(ObjectProvider<DataSourceProperties> properties) {
        this.properties = properties;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && !done) {
            done = true;
            DataSourceProperties dataSource = properties.getIfAvailable();
            if (dataSource != null && dataSource.getUrl() != null && enabled()) {
                createIfMissing(dataSource.getUrl(), dataSource.getUsername(), dataSource.getPassword());
            }
        }
        return bean;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    private boolean enabled() {
        return environment.getProperty("sales.platform.database.create-if-missing", Boolean.class, true);
    }

    static void createIfMissing(String url, String user, String password) {
        Matcher matcher = POSTGRES_URL.matcher(url);
        if (!matcher.matches()) {
            return;
        }
        String database = matcher.group(2);
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalStateException("Refusing to create database with unexpected name '" + database + "'");
        }
        String maintenanceUrl = matcher.group(1) + "postgres" + (matcher.group(3) == null ? "" : matcher.group(3));
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials);
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (exists.next()) {
                return;
            }
            create(statement, database);
            log.info("Created database {}", database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database '" + database + "' at " + maintenanceUrl
                    + " — is PostgreSQL running and may user '" + user + "' create databases?", e);
        }
    }

    private static void create(Statement statement, String database) throws SQLException {
        try {
            statement.execute("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'");
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return; // another instance of the service won the race
            }
            // The server's default locale does not go with UTF-8: UTF-8 with the C locale always does.
            statement.execute("CREATE DATABASE " + database
                    + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        }
    }
}
