package se.nspl.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Version 7 ids: time first, so that ids made later sort later, as PostgreSQL compares them (byte by byte). */
class TimeOrderedIdsTest {

    private static final Instant T = Instant.parse("2026-11-26T19:00:00.123Z");

    @Test
    void anIdIsOfVersion7AndTheIetfVariantAndHoldsItsTime() {
        var id = TimeOrderedIds.at(T);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(TimeOrderedIds.timeOf(id)).isEqualTo(T);
        assertThat(id.toString().replace("-", "")).startsWith(String.format("%012x", T.toEpochMilli()));
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnesByteByByte() {
        var ids = new ArrayList<UUID>();
        for (int ms = 0; ms < 1000; ms += 7) {
            ids.add(TimeOrderedIds.at(T.plusMillis(ms)));
        }
        var byBytes = new ArrayList<>(ids);
        // the text's order is the bytes' order (lower-case hexadecimal, dashes at the same places)
        byBytes.sort(Comparator.comparing(UUID::toString));

        assertThat(byBytes).containsExactlyElementsOf(ids);
    }

    @Test
    void idsOfTheSameMillisecondDifferInTheirRandomBits() {
        var ids = new HashSet<UUID>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(T));
        }

        assertThat(ids).hasSize(10_000);
    }

    @Test
    void timesBeforeTheEpochAndRandomIdsAreRefused() {
        assertThatThrownBy(() -> TimeOrderedIds.at(Instant.parse("1969-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeOrderedIds.timeOf(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }
}
