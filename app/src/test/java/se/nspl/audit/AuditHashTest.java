package se.nspl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.nspl.shared.RegionCode;

class AuditHashTest {

    private static final byte[] START = new byte[32];
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00.123456Z");

    @Test
    void everyFieldAndTheLinkCountInTheHash() {
        byte[] base = AuditTrail.hash(START, 1, AT, "a", RegionCode.of("24"), "x", "t", "1", "d");
        assertThat(AuditTrail.hash(START, 1, AT, "a", RegionCode.of("24"), "x", "t", "1", "d"))
                .isEqualTo(base);
        byte[] otherStart = new byte[32];
        otherStart[0] = 1;
        assertThat(AuditTrail.hash(otherStart, 1, AT, "a", RegionCode.of("24"), "x", "t", "1", "d"))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(START, 2, AT, "a", RegionCode.of("24"), "x", "t", "1", "d"))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(START, 1, AT.plusNanos(1000), "a", RegionCode.of("24"), "x", "t", "1", "d"))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", "d")).isNotEqualTo(base);
        assertThat(AuditTrail.hash(START, 1, AT, "a", RegionCode.of("24"), "x", "t", "1", null))
                .isNotEqualTo(base);
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        assertThat(AuditTrail.hash(START, 1, AT, "ab", null, "c", "t", "1", null))
                .isNotEqualTo(AuditTrail.hash(START, 1, AT, "a", null, "bc", "t", "1", null));
        assertThat(AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", ""))
                .isNotEqualTo(AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", null));
    }

    /** Entries recorded before request ids (and a job's, without one) keep the hash they were given. */
    @Test
    void theRequestIdCountsOnlyWhenThereIsOne() {
        byte[] old = AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", "d");
        assertThat(AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", "d", null))
                .isEqualTo(old);
        assertThat(AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", "d", "r-1"))
                .isNotEqualTo(old)
                .isNotEqualTo(AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", "d", "r-2"));
        // moving characters between the detail and the request id changes the hash too
        assertThat(AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", "dr", "1"))
                .isNotEqualTo(AuditTrail.hash(START, 1, AT, "a", null, "x", "t", "1", "d", "r1"));
    }
}
