package se.nspl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MicrosTest {

    @Test
    void countsMicrosecondsSince1970AndDropsFinerParts() {
        assertThat(Micros.since1970(Instant.parse("1970-01-01T00:00:01.000001999Z")))
                .isEqualTo(1_000_001L);
        assertThat(Micros.since1970(Instant.parse("2026-11-26T20:00:00.123456Z")))
                .isEqualTo(1_795_723_200_123_456L);
        assertThat(Micros.since1970(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo(-500_000L);
    }
}
