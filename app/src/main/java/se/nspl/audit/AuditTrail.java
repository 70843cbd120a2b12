package se.nspl.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.RequestId;

/**
 * Writes and checks the hash-chained audit trail. {@link #record} joins the caller's transaction:
 * the entry commits with the change it describes, or neither does. Entries are chained in the
 * order their transactions take the trail's lock, so audited writes are serialised for the few
 * milliseconds between recording and commit — fine for coordination records, which is what is
 * audited (capacity reports are versioned records of their own and are not written here).
 */
@Service
public class AuditTrail {

    /** Arbitrary, fixed: the advisory lock that orders the chain. */
    static final long CHAIN_LOCK = 0x4E5350_4C_4155L;

    /**
     * The outcome of checking the chain from its first entry.
     *
     * @param entries how many entries were found intact
     * @param firstBroken the sequence number of the first entry that does not match, or null
     */
    public record Verification(long entries, @Nullable Long firstBroken) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that the actor did the action to the subject; inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(
            Actor actor, String action, String subjectType, String subjectId, @Nullable String detail) {
        return record(actor.name(), actor.region().orElse(null), action, subjectType, subjectId, detail);
    }

    /** As {@link #record(Actor, String, String, String, String)}, for the system itself or a named actor. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(
            String actor,
            @Nullable RegionCode actorRegion,
            String action,
            String subjectType,
            String subjectId,
            @Nullable String detail) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .optional();
        long seq = last.map(r -> (Long) r[0]).orElse(0L) + 1;
        byte[] previous = last.map(r -> (byte[]) r[1]).orElseGet(ChainCheck::genesis);
        // Stored with PostgreSQL's precision so that the hash recomputed from the row matches.
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var detailText = detail == null ? null : abbreviate(detail);
        String requestId = RequestId.current().orElse(null);
        byte[] hash =
                hash(previous, seq, at, actor, actorRegion, action, subjectType, subjectId, detailText, requestId);
        jdbc.sql("""
                        insert into audit_entry (seq, at, actor, actor_region, action, subject_type,
                                                 subject_id, detail, request_id, previous_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        seq,
                        Timestamp.from(at),
                        actor,
                        actorRegion == null ? null : actorRegion.value(),
                        action,
                        subjectType,
                        subjectId,
                        detailText,
                        requestId,
                        previous,
                        hash)
                .update();
        return new AuditEntry(
                seq,
                at,
                actor,
                actorRegion,
                action,
                subjectType,
                subjectId,
                detailText,
                requestId,
                HexFormat.of().formatHex(hash));
    }

    /**
     * As {@link #record(String, RegionCode, String, String, String, String)}, in a transaction of its
     * own: for what is recorded whether or not anything else commits (logins, refusals).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordOnItsOwn(
            String actor,
            @Nullable RegionCode actorRegion,
            String action,
            String subjectType,
            String subjectId,
            @Nullable String detail) {
        return record(actor, actorRegion, action, subjectType, subjectId, detail);
    }

    /** The entries about one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(String subjectType, String subjectId) {
        return jdbc.sql("select * from audit_entry where subject_type = ? and subject_id = ? order by seq")
                .params(subjectType, subjectId)
                .query(AuditTrail::entry)
                .list();
    }

    /** What the trail's page filters by; null or blank means any. */
    public record Search(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subject,
            @Nullable Instant from,
            @Nullable Instant until,
            @Nullable Long before,
            @Nullable String request) {}

    /**
     * The entries matching the search, newest first, at most {@code limit}: actor exactly, action
     * by its beginning ({@code login.} for every login step), subject by type or id exactly; from
     * (inclusive) and until (exclusive) in time; before a sequence number for the next page; the
     * request id exactly.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(Search search, int limit) {
        return jdbc.sql("""
                        select * from audit_entry
                        where (cast(:actor as text) is null or actor = :actor)
                          and (cast(:action as text) is null or action like :action || '%')
                          and (cast(:subject as text) is null or subject_type = :subject or subject_id = :subject)
                          and (cast(:from as timestamptz) is null or at >= :from)
                          and (cast(:until as timestamptz) is null or at < :until)
                          and (cast(:before as bigint) is null or seq < :before)
                          and (cast(:request as text) is null or request_id = :request)
                        order by seq desc limit :limit""")
                .param("actor", blankToNull(search.actor()))
                .param("action", likeLiteral(blankToNull(search.action())))
                .param("subject", blankToNull(search.subject()))
                .param("from", search.from() == null ? null : Timestamp.from(search.from()))
                .param("until", search.until() == null ? null : Timestamp.from(search.until()))
                .param("before", search.before())
                .param("request", blankToNull(search.request()))
                .param("limit", limit)
                .query(AuditTrail::entry)
                .list();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text as a LIKE prefix that matches itself only: its wildcards escaped. */
    private static @Nullable String likeLiteral(@Nullable String text) {
        return text == null
                ? null
                : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The newest entries first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select * from audit_entry order by seq desc limit ?")
                .param(limit)
                .query(AuditTrail::entry)
                .list();
    }

    /**
     * Recomputes every hash from the first entry: the first entry whose stored fields, sequence or
     * link no longer match is reported; a removed entry shows as a gap in the sequence.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        return jdbc.sql(ChainCheck.ROWS).query((ResultSetExtractor<Verification>) ChainCheck::verify);
    }

    static byte[] hash(
            byte[] previous,
            long seq,
            Instant at,
            String actor,
            @Nullable RegionCode actorRegion,
            String action,
            String subjectType,
            String subjectId,
            @Nullable String detail) {
        return hash(previous, seq, at, actor, actorRegion, action, subjectType, subjectId, detail, null);
    }

    /**
     * The entry's hash. The request id is hashed after the other fields, length-prefixed, and only
     * when there is one: an entry without one (all entries written before it was recorded, and a
     * job's) hashes as before, so the older part of the chain stays verifiable; and since every
     * field is length-prefixed, no entry with a request id hashes like one without.
     */
    static byte[] hash(
            byte[] previous,
            long seq,
            Instant at,
            String actor,
            @Nullable RegionCode actorRegion,
            String action,
            String subjectType,
            String subjectId,
            @Nullable String detail,
            @Nullable String requestId) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        digest.update(previous);
        digest.update(ByteBuffer.allocate(16)
                .putLong(seq)
                .putLong(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000)
                .array());
        for (var field : new String[] {
            actor, actorRegion == null ? null : actorRegion.value(), action, subjectType, subjectId, detail
        }) {
            // Length-prefixed, with -1 for null: no two different field lists hash alike.
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4)
                    .putInt(field == null ? -1 : bytes.length)
                    .array());
            digest.update(bytes);
        }
        if (requestId != null) {
            byte[] bytes = requestId.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return digest.digest();
    }

    private static String abbreviate(String detail) {
        return detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("actor_region");
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                region == null ? null : RegionCode.of(region),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("detail"),
                rs.getString("request_id"),
                HexFormat.of().formatHex(rs.getBytes("hash")));
    }
}
