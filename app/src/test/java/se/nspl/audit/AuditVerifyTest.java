package se.nspl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.nspl.ApiTest;
import se.nspl.TestDatabase;

/** {@code bin/nspl audit-verify} against the configured database: intact, then a tampered row named. */
class AuditVerifyTest extends ApiTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void namesTheFirstTamperedEntry() {
        var entry = transactions.execute(tx -> trail.record(
                "t-admin",
                null,
                "test.CREATE",
                "test-subject",
                UUID.randomUUID().toString(),
                "ok"));
        var intact = run();
        assertThat(intact.code()).isZero();
        assertThat(intact.out()).contains("is intact");

        try {
            tamper("update audit_entry set actor = 'someone else' where seq = " + entry.seq());
            var broken = run();
            assertThat(broken.code()).isEqualTo(1);
            assertThat(broken.out()).contains("BROKEN at entry " + entry.seq());
        } finally {
            tamper("update audit_entry set actor = 't-admin' where seq = " + entry.seq());
        }
        assertThat(run().code()).isZero();
    }

    @Test
    void withoutADatabaseSaysSo() {
        var err = new ByteArrayOutputStream();
        int code = AuditVerify.run(
                Map.of("NSPL_DATA_DIR", "target/no-such-data-" + UUID.randomUUID()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no database");
    }

    private record Outcome(int code, String out) {}

    private Outcome run() {
        var out = new ByteArrayOutputStream();
        int code = AuditVerify.run(
                Map.of(
                        "NSPL_DB_URL", environment.getRequiredProperty("spring.datasource.url"),
                        "NSPL_DB_USER", environment.getProperty("spring.datasource.username", ""),
                        "NSPL_DB_PASSWORD", environment.getProperty("spring.datasource.password", "")),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8));
    }

    /** As the owner of the table (the application's role may not touch the trigger), past the trigger. */
    private static void tamper(String sql) {
        try (var owner = TestDatabase.ownerConnection();
                var statement = owner.createStatement()) {
            owner.setAutoCommit(false);
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            statement.execute(sql);
            statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
            owner.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
