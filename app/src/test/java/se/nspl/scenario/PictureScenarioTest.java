package se.nspl.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.picture.LevelPicture;
import se.nspl.picture.NationalPicture;
import se.nspl.picture.RegionPicture;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;
import se.nspl.simulation.Mode;

class PictureScenarioTest {

    private static LevelPicture level(CareLevel level, int staffed, int occupied, int surge, int reserve) {
        return new LevelPicture(level, staffed, occupied, staffed - occupied, null, surge, reserve, null);
    }

    @Test
    void everyKindOfWardAddsUpAndArrivalsKeepTodaysOccupancySteady() {
        var region = new RegionPicture(
                new RegionCode("25"),
                "Region Norrbotten",
                PreparednessLevel.values()[0],
                List.of(
                        level(CareLevel.ICU, 8, 6, 2, 4),
                        level(CareLevel.WARD, 100, 90, 10, 20),
                        level(CareLevel.WARD_SURGERY, 50, 40, 5, 10),
                        level(CareLevel.ECMO, 2, 1, 0, 0)),
                4,
                0,
                Optional.empty());
        var picture = new NationalPicture(Instant.EPOCH, List.of(), 4, 0, Map.of(), List.of(region), Map.of());

        var scenario = PictureScenario.of(picture, "I dag", 30);

        assertThat(scenario.mode()).isEqualTo(Mode.DETERMINISTIC);
        assertThat(scenario.levels()).containsExactly("ICU_VENT", "ICU", "WARD");
        var setup = scenario.region("25").orElseThrow();
        assertThat(setup.beds())
                .containsEntry("WARD", 150.0)
                .containsEntry("ICU", 8.0)
                .containsEntry("ICU_VENT", 0.0);
        assertThat(setup.occupied()).containsEntry("WARD", 130.0);
        assertThat(setup.baselineArrivals().get("WARD")).isEqualTo(130.0 / 5);
        assertThat(setup.surge().get(0).extraBeds()).containsEntry("WARD", 15.0);
        assertThat(setup.surge().get(1).extraBeds()).containsEntry("WARD", 30.0).containsEntry("ICU", 4.0);
        assertThat(scenario.transfers().enabled()).isFalse();
    }
}
