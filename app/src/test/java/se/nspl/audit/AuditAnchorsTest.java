package se.nspl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import se.nspl.ApiTest;
import se.nspl.TestDatabase;
import se.nspl.shared.RegionCode;

/**
 * The chain's head anchored in a file outside the database: a table rewritten consistently, as its
 * owner could, passes the chain check but not the check against the anchors.
 */
class AuditAnchorsTest extends ApiTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @TempDir
    Path directory;

    @Test
    void aConsistentRewriteOfTheTablePassesTheChainButNotTheAnchors() throws Exception {
        Path file = directory.resolve("anchors/audit-anchors.txt");
        var anchors = new AuditAnchors(jdbc, clock, file.toString());
        var first = record("original");
        var anchored = transactions.execute(tx -> anchors.anchor()).orElseThrow();
        assertThat(anchored.seq()).isGreaterThanOrEqualTo(first.seq());
        // the same head again: nothing appended (a second node, or the next turn with nothing new)
        Optional<AuditAnchors.Anchor> again = transactions.execute(tx -> anchors.anchor());
        assertThat(again).isEmpty();
        record("later");
        var second = transactions.execute(tx -> anchors.anchor()).orElseThrow();
        assertThat(AuditAnchors.read(file)).containsExactly(anchored, second);

        assertThat(verify(file).code()).isZero();
        assertThat(verify(file).out()).contains("all 2 anchors");

        try {
            rewriteFrom(first.seq(), "forged");
            assertThat(trail.verify().intact()).isTrue();
            assertThat(verify(null).code()).isZero();
            var caught = verify(file);
            assertThat(caught.code()).isEqualTo(1);
            assertThat(caught.out()).contains("NOT THE ONE ANCHORED: anchored entry " + anchored.seq());
        } finally {
            rewriteFrom(first.seq(), "original");
        }
        assertThat(verify(file).code()).isZero();
    }

    @Test
    void anUnreadableAnchorFileIsNamed() throws Exception {
        Path file = directory.resolve("broken.txt");
        Files.writeString(file, "1 not-a-hash\n");
        var outcome = verify(file);
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).contains("line 1");
    }

    @Test
    void withoutAFileNothingIsAnchored() {
        assertThat(new AuditAnchors(jdbc, clock, "").anchor()).isEmpty();
    }

    private AuditEntry record(String detail) {
        return transactions.execute(tx -> trail.record(
                "t-admin",
                null,
                "test.CREATE",
                "test-subject",
                UUID.randomUUID().toString(),
                detail));
    }

    /**
     * What the database's owner could do: change an entry past the trigger and recompute every later
     * hash, so that the chain is consistent again.
     */
    private void rewriteFrom(long seq, String detail) {
        // As the table's owner: the application's role may not touch the trigger (V16).
        try (Connection connection = TestDatabase.ownerConnection()) {
            connection.setAutoCommit(false);
            var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            jdbc.sql("select pg_advisory_xact_lock(?)")
                    .param(AuditTrail.CHAIN_LOCK)
                    .query()
                    .singleRow();
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only")
                    .update();
            jdbc.sql("update audit_entry set detail = ? where seq = ?")
                    .params(detail, seq)
                    .update();
            byte[] previous = jdbc.sql("select hash from audit_entry where seq = ?")
                    .param(seq - 1)
                    .query((rs, n) -> rs.getBytes(1))
                    .optional()
                    .orElseGet(ChainCheck::genesis);
            List<Map<String, Object>> rows = jdbc.sql("select * from audit_entry where seq >= ? order by seq")
                    .param(seq)
                    .query()
                    .listOfRows();
            for (var row : rows) {
                String region = (String) row.get("actor_region");
                byte[] hash = AuditTrail.hash(
                        previous,
                        (Long) row.get("seq"),
                        ((Timestamp) row.get("at")).toInstant(),
                        (String) row.get("actor"),
                        region == null ? null : RegionCode.of(region),
                        (String) row.get("action"),
                        (String) row.get("subject_type"),
                        (String) row.get("subject_id"),
                        (String) row.get("detail"),
                        (String) row.get("request_id"));
                jdbc.sql("update audit_entry set previous_hash = ?, hash = ? where seq = ?")
                        .params(previous, hash, row.get("seq"))
                        .update();
                previous = hash;
            }
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only")
                    .update();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Outcome(int code, String out, String err) {}

    private Outcome verify(Path anchors) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = AuditVerify.run(
                anchors == null ? List.of() : List.of("--anchors", anchors.toString()),
                Map.of(
                        "NSPL_DB_URL", environment.getRequiredProperty("spring.datasource.url"),
                        "NSPL_DB_USER", environment.getProperty("spring.datasource.username", ""),
                        "NSPL_DB_PASSWORD", environment.getProperty("spring.datasource.password", "")),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
