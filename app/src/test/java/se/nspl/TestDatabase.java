package se.nspl;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring context of a test run one fresh PostgreSQL database: a new database on the
 * server at {@code NSPL_TEST_DB_URL} when set (CI), otherwise one embedded PostgreSQL for the
 * whole JVM. Dropped when the JVM ends. A test that boots the application its own way (as the
 * quick start does) sets {@code nspl.test.own-database=true}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Map<String, Object> properties;

    /** The contexts on the database: closed before it goes, so that nothing of theirs needs it after. */
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (environment.getProperty("nspl.test.own-database", Boolean.class, false)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("nspl-test-database", properties()));
        CONTEXTS.add(context);
    }

    static synchronized Map<String, Object> properties() {
        if (properties == null) {
            String serverUrl = System.getenv("NSPL_TEST_DB_URL");
            properties = serverUrl == null || serverUrl.isBlank() ? embedded() : onServer(serverUrl);
        }
        return properties;
    }

    private static Map<String, Object> onServer(String serverUrl) {
        String user = envOr("NSPL_TEST_DB_USER", "postgres");
        String password = envOr("NSPL_TEST_DB_PASSWORD", "");
        String database =
                "nspl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, user, password, "create database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeContexts();
            execute(serverUrl, user, password, "drop database if exists " + database + " with (force)");
        }));
        String url = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    private static Map<String, Object> embedded() {
        try {
            var postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                closeContexts();
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return Map.of(
                    "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
        }
    }

    /**
     * JVM shutdown hooks run at the same time: Spring's, closing the contexts, would otherwise
     * race this one dropping their database (and wait half a minute for connections that cannot
     * come). Closing a context that Spring is closing waits for it.
     */
    private static void closeContexts() {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + url, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
