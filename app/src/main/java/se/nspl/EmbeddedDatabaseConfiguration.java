package se.nspl;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import se.nspl.shared.EmbeddedDatabasePort;

/**
 * Starts a real PostgreSQL 17 inside the JVM when no database URL is configured, so that a new
 * user runs the platform with one command. Its data directory persists between runs (see ADR
 * 0003); production points {@code NSPL_DB_URL} at a managed PostgreSQL instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String DATABASE = "nspl";
    static final String APP_ROLE = "nspl_app";

    @ConfigurationProperties("nspl.database.embedded")
    record EmbeddedDatabaseProperties(String dataDirectory, int port, boolean ephemeral) {
        EmbeddedDatabaseProperties {
            if (dataDirectory == null || dataDirectory.isBlank()) {
                dataDirectory = "data/postgres";
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.ephemeral());
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        var postgres = builder.start();
        // For local tools such as bin/nspl audit-verify, while this server runs.
        Path portFile = dataDirectory.resolveSibling(EmbeddedDatabasePort.FILE);
        Files.writeString(portFile, Integer.toString(postgres.getPort()));
        portFile.toFile().deleteOnExit();
        return postgres;
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }

    /**
     * The application connects as {@value #APP_ROLE}, which owns nothing, so that row-level
     * security applies to it (V16); the superuser {@code postgres} owns the tables and migrates.
     * The pool takes {@code spring.datasource.hikari.*} as on an external database (its size, the
     * 1 s wait for a connection that DatabaseFailFast builds on), bound before its first use.
     */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        prepare(postgres.getPostgresDatabase());
        var pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl(APP_ROLE, DATABASE) + "&reWriteBatchedInserts=true");
        pool.setUsername(APP_ROLE);
        pool.setPoolName("nspl-embedded");
        return pool;
    }

    /** Flyway migrates as the owner of the tables. */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres) {
        prepare(postgres.getPostgresDatabase());
        return postgres.getDatabase("postgres", DATABASE);
    }

    /** The database and the application's login role, unless an earlier start made them. */
    private static void prepare(DataSource admin) {
        try (Connection connection = admin.getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
            var role = statement.executeQuery("select rolcanlogin from pg_roles where rolname = '" + APP_ROLE + "'");
            if (!role.next()) {
                statement.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls");
            } else if (!role.getBoolean(1)) {
                statement.execute("alter role " + APP_ROLE + " login");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the embedded database", e);
        }
    }
}
