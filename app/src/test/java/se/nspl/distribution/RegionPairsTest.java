package se.nspl.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/** An accepted plan asks once per sending and receiving region; transfers within a region ask nobody. */
class RegionPairsTest {

    @Test
    void onePairPerSendingAndReceivingRegionWithItsPatientsPerLevel() {
        var pairs = RegionPairs.of(List.of(
                transfer("25", "24", CareLevel.ICU_VENT, 2, 1),
                transfer("25", "24", CareLevel.WARD, 3, 3),
                transfer("25", "24", CareLevel.WARD, 1, 2),
                transfer("25", "01", CareLevel.ICU, 1, 2),
                transfer("24", "25", CareLevel.WARD, 4, 3),
                transfer("25", "25", CareLevel.WARD, 5, 1)));

        assertThat(pairs).extracting(p -> p.sending() + ">" + p.receiving()).containsExactly("24>25", "25>01", "25>24");
        var toVasterbotten = pairs.get(2);
        assertThat(toVasterbotten.patients())
                .containsEntry(CareLevel.ICU_VENT, 2)
                .containsEntry(CareLevel.WARD, 4)
                .hasSize(2);
        assertThat(toVasterbotten.total()).isEqualTo(6);
        assertThat(toVasterbotten.urgent()).isTrue();
        assertThat(pairs.get(0).urgent()).isFalse();
    }

    @Test
    void transfersWithinARegionNeedNoRequest() {
        assertThat(RegionPairs.of(List.of(transfer("25", "25", CareLevel.WARD, 5, 1))))
                .isEmpty();
    }

    private static TransferPlan.Transfer transfer(String from, String to, CareLevel level, int count, int priority) {
        return new TransferPlan.Transfer(
                "h-" + from,
                "Sjukhus " + from,
                RegionCode.of(from),
                65,
                20,
                "h-" + to,
                "Sjukhus " + to,
                RegionCode.of(to),
                64,
                19,
                level,
                priority,
                "amb-" + from,
                count,
                30);
    }
}
