package se.nspl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform as a new user starts it: no database configured, so an embedded PostgreSQL with
 * its data in a directory that outlives the process, demo mode, and demo logins on file.
 */
class QuickStartTest {

    @TempDir
    Path data;

    @Test
    void startsInDemoModeOnEmbeddedPostgresWithDemoLoginsOnFile() throws Exception {
        try (var app = start()) {
            var credentials = data.resolve("demo-credentials.txt");
            var lines = Files.readAllLines(credentials);

            assertThat(Files.getPosixFilePermissions(credentials))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(lines).hasSize(25);
            assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(' '))))
                    .contains("admin", "nationell", "region-01", "region-24", "region-25", "myndighet", "ekonomi")
                    .doesNotContain("region-02", "region-11");
            assertThat(token(app, "region-24", passwordOf("region-24")).status())
                    .isEqualTo(200);
            assertThat(new Api(port(app)).get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
            var pool = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
            var settings = app.getEnvironment();
            assertThat(pool.getMaximumPoolSize())
                    .as("the embedded pool takes the pool settings an external database gets")
                    .isEqualTo(
                            settings.getRequiredProperty("spring.datasource.hikari.maximum-pool-size", Integer.class));
            assertThat(pool.getConnectionTimeout())
                    .isEqualTo(settings.getRequiredProperty("spring.datasource.hikari.connection-timeout", Long.class));
        }
    }

    @Test
    void keepsItsDataBetweenRuns() throws Exception {
        try (var first = start()) {
            assertThat(port(first)).isPositive();
        }
        var credentialsAfterFirstRun = Files.readString(data.resolve("demo-credentials.txt"));

        try (var second = start()) {
            assertThat(Files.readString(data.resolve("demo-credentials.txt"))).isEqualTo(credentialsAfterFirstRun);
            assertThat(token(second, "admin", passwordOf("admin")).status()).isEqualTo(200);
        }
    }

    @Test
    void opensTheInitialAdministratorWhenDemoModeIsOff() {
        try (var app = new SpringApplicationBuilder(NsplApplication.class)
                .run(
                        "--nspl.test.own-database=true",
                        "--server.port=0",
                        "--nspl.demo.enabled=false",
                        "--nspl.security.initial-admin-password=first admin password",
                        "--nspl.database.embedded.data-directory=" + data.resolve("postgres"))) {
            assertThat(data.resolve("demo-credentials.txt")).doesNotExist();
            assertThat(token(app, "admin", "first admin password").status()).isEqualTo(200);
            assertThat(token(app, "region-24", "anything at all").status()).isEqualTo(401);
        }
    }

    @Test
    void refusesDemoModeOnAnotherDatabase() {
        var database = TestDatabase.properties();

        assertThatThrownBy(() -> new SpringApplicationBuilder(NsplApplication.class)
                        .run(
                                "--nspl.test.own-database=true",
                                "--server.port=0",
                                "--nspl.demo.enabled=true",
                                "--spring.datasource.url=" + database.get("spring.datasource.url"),
                                "--spring.datasource.username=" + database.get("spring.datasource.username"),
                                "--spring.datasource.password=" + database.get("spring.datasource.password"),
                                "--spring.flyway.url=" + database.get("spring.flyway.url"),
                                "--spring.flyway.user=" + database.get("spring.flyway.user"),
                                "--spring.flyway.password=" + database.get("spring.flyway.password")))
                .hasStackTraceContaining("refuses to run against a non-embedded database");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NsplApplication.class)
                .run(
                        "--nspl.test.own-database=true",
                        "--server.port=0",
                        "--nspl.database.embedded.data-directory=" + data.resolve("postgres"),
                        "--nspl.demo.credentials-file=" + data.resolve("demo-credentials.txt"));
    }

    private String passwordOf(String username) throws Exception {
        return Files.readAllLines(data.resolve("demo-credentials.txt")).stream()
                .filter(l -> l.startsWith(username + " "))
                .map(l -> l.substring(l.indexOf(' ') + 1))
                .findFirst()
                .orElseThrow();
    }

    private static Api.Response token(ConfigurableApplicationContext app, String username, String password) {
        return new Api(port(app))
                .send("POST", "/api/v1/auth/token", null, Map.of(), Map.of("username", username, "password", password));
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
