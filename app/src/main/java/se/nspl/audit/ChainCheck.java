package se.nspl.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * Walks the audit trail in sequence and recomputes each hash: shared by {@link AuditTrail#verify()}
 * in the running platform and {@link AuditVerify} on the command line, so both check the same way.
 */
final class ChainCheck {

    static final String ROWS = "select * from audit_entry order by seq";

    private static final byte[] GENESIS = new byte[32];

    private ChainCheck() {}

    /** Reads the rows of {@link #ROWS} to the end or to the first broken entry. */
    static AuditTrail.Verification verify(ResultSet rs) throws SQLException {
        long expected = 1;
        byte[] previous = GENESIS;
        while (rs.next()) {
            long seq = rs.getLong("seq");
            String region = rs.getString("actor_region");
            byte[] recomputed = AuditTrail.hash(
                    previous,
                    seq,
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("actor"),
                    region == null ? null : RegionCode.of(region),
                    rs.getString("action"),
                    rs.getString("subject_type"),
                    rs.getString("subject_id"),
                    rs.getString("detail"),
                    rs.getString("request_id"));
            if (seq != expected
                    || !Arrays.equals(rs.getBytes("previous_hash"), previous)
                    || !Arrays.equals(rs.getBytes("hash"), recomputed)) {
                return new AuditTrail.Verification(expected - 1, seq);
            }
            previous = recomputed;
            expected++;
        }
        return new AuditTrail.Verification(expected - 1, null);
    }

    static final String HEADS = "select seq, hash from audit_entry order by seq";

    /**
     * Reads the rows of {@link #HEADS} and returns the first anchor (in sequence order) whose entry is
     * missing or has another hash, or null when every anchor is still in the chain.
     */
    static AuditAnchors.@Nullable Anchor firstAnchorNotInChain(ResultSet rs, List<AuditAnchors.Anchor> anchors)
            throws SQLException {
        var pending = new ArrayList<>(anchors);
        pending.sort(Comparator.comparingLong(AuditAnchors.Anchor::seq));
        int next = 0;
        while (next < pending.size() && rs.next()) {
            long seq = rs.getLong(1);
            String hash = HexFormat.of().formatHex(rs.getBytes(2));
            if (pending.get(next).seq() < seq) {
                return pending.get(next); // its entry is gone
            }
            while (next < pending.size() && pending.get(next).seq() == seq) {
                if (!pending.get(next).hash().equals(hash)) {
                    return pending.get(next);
                }
                next++;
            }
        }
        return next < pending.size() ? pending.get(next) : null;
    }

    static byte[] genesis() {
        return GENESIS.clone();
    }
}
