package se.nspl;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
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

    /** The role the application connects as: owns nothing, bypasses nothing (V16). */
    public static final String APP_ROLE = "nspl_app";

    private static final String APP_PASSWORD = "nspl_app";

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
        createAppRole(serverUrl, user, password);
        String url = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        return connectingAsAppRole(url, user, password);
    }

    /**
     * The application connects as the role row-level security applies to (V16), Flyway as the
     * owner, as in production. Tests that must act as the owner (changing audit entries past the
     * trigger) use {@link #ownerConnection()}.
     */
    private static Map<String, Object> connectingAsAppRole(String url, String owner, String ownerPassword) {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", APP_ROLE,
                "spring.datasource.password", APP_PASSWORD,
                "spring.flyway.url", url,
                "spring.flyway.user", owner,
                "spring.flyway.password", ownerPassword);
    }

    /** A connection to the test database as the owner of its tables, which row-level security lets through. */
    public static Connection ownerConnection() throws SQLException {
        var database = properties();
        var connection = DriverManager.getConnection(
                (String) database.get("spring.flyway.url"), (String) database.get("spring.flyway.user"), (String)
                        database.get("spring.flyway.password"));
        try (var statement = connection.createStatement()) {
            statement.execute("select set_config('nspl.scope', 'system', false)");
        }
        return connection;
    }

    /**
     * The login role {@value #APP_ROLE}, unless there is one. Roles belong to the whole server, and
     * test JVMs of other builds create theirs at the same moment: losing that race is fine.
     */
    private static void createAppRole(String url, String user, String password) {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            var role = statement.executeQuery("select rolcanlogin from pg_roles where rolname = '" + APP_ROLE + "'");
            if (role.next() && role.getBoolean(1)) {
                return;
            }
            statement.execute("""
                    do $$
                    begin
                        if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login password '%2$s' nosuperuser nobypassrls;
                        else
                            alter role %1$s login password '%2$s';
                        end if;
                    exception when duplicate_object or unique_violation then null;
                    end $$""".formatted(APP_ROLE, APP_PASSWORD));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the role " + APP_ROLE + " on " + url, e);
        }
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
            String url = postgres.getJdbcUrl("postgres", "postgres");
            createAppRole(url, "postgres", "");
            return connectingAsAppRole(url, "postgres", "");
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
