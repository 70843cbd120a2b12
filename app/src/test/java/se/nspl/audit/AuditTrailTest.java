package se.nspl.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import se.nspl.ApiTest;
import se.nspl.TestDatabase;
import se.nspl.shared.RegionCode;
import se.nspl.shared.RequestId;

class AuditTrailTest extends ApiTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void entriesChainAndCommitWithTheirChange() {
        String subject = UUID.randomUUID().toString();
        var first = transactions.execute(
                tx -> trail.record("t-admin", null, "test.CREATE", "test-subject", subject, "made"));
        var second = transactions.execute(
                tx -> trail.record("t-region-24", RegionCode.of("24"), "test.EDIT", "test-subject", subject, null));

        assertThat(second.seq()).isGreaterThan(first.seq());
        assertThat(trail.about("test-subject", subject))
                .extracting(AuditEntry::action)
                .containsExactly("test.CREATE", "test.EDIT");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEntryCarriesTheIdOfItsRequestAndTheChainCoversIt() {
        String subject = UUID.randomUUID().toString();
        String requestId = "req-" + subject;
        MDC.put(RequestId.MDC_KEY, requestId);
        AuditEntry entry;
        try {
            entry = transactions.execute(
                    tx -> trail.record("t-admin", null, "test.CREATE", "test-subject", subject, "made"));
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
        var withoutRequest =
                transactions.execute(tx -> trail.record("t-admin", null, "test.EDIT", "test-subject", subject, null));

        assertThat(trail.about("test-subject", subject))
                .extracting(AuditEntry::requestId)
                .containsExactly(requestId, null);
        assertThat(trail.search(new AuditTrail.Search(null, null, null, null, null, null, requestId), 10))
                .extracting(AuditEntry::seq)
                .containsExactly(entry.seq());
        assertThat(withoutRequest.requestId()).isNull();
        assertThat(trail.verify().intact()).isTrue();
        try {
            tamper("update audit_entry set request_id = 'another' where seq = " + entry.seq());
            assertThat(trail.verify().firstBroken()).isEqualTo(entry.seq());
        } finally {
            tamper("update audit_entry set request_id = '" + requestId + "' where seq = " + entry.seq());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEntryOfARolledBackChangeIsGoneWithIt() {
        String subject = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> {
            trail.record("t-admin", null, "test.CREATE", "test-subject", subject, null);
            tx.setRollbackOnly();
        });
        assertThat(trail.about("test-subject", subject)).isEmpty();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void recordingOutsideATransactionIsAProgrammingError() {
        assertThatThrownBy(() -> trail.record("t-admin", null, "test.CREATE", "test-subject", "x", null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() throws SQLException {
        transactions.execute(tx -> trail.record("t-admin", null, "test.CREATE", "test-subject", "y", null));
        // the application's role has no right to (V16) ...
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'x'").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only")
                        .update())
                .hasStackTraceContaining("must be owner");
        // ... and the trigger stops even the owner
        try (var owner = TestDatabase.ownerConnection();
                var statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update audit_entry set detail = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("delete from audit_entry"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aChangeMadePastTheTriggerBreaksTheChainWhereItWasMade() {
        String subject = UUID.randomUUID().toString();
        var entry =
                transactions.execute(tx -> trail.record("t-admin", null, "test.CREATE", "test-subject", subject, "ok"));
        try {
            // What someone with the database owner's rights could do: the chain still tells.
            tamper("update audit_entry set detail = 'forged' where seq = " + entry.seq());
            assertThat(trail.verify().firstBroken()).isEqualTo(entry.seq());
        } finally {
            tamper("update audit_entry set detail = 'ok' where seq = " + entry.seq());
        }
        assertThat(trail.verify().intact()).isTrue();
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
