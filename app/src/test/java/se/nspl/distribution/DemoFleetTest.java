package se.nspl.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.organisation.Hospital;
import se.nspl.shared.RegionCode;

/** Demo mode's fleet: every region with hospitals has its ambulances, the north its helicopters, the nation its aircraft. */
class DemoFleetTest {

    static final Hospital SUNDERBY = hospital("25", "Sunderby sjukhus", 65.62, true);
    static final Hospital GALLIVARE = hospital("25", "Gällivare sjukhus", 67.13, false);
    static final Hospital VISBY = hospital("09", "Visby lasarett", 57.63, false);
    static final List<DemoFleet.Region> REGIONS = List.of(
            new DemoFleet.Region(RegionCode.of("25"), "Region Norrbotten", List.of(GALLIVARE, SUNDERBY)),
            new DemoFleet.Region(RegionCode.of("09"), "Region Gotland", List.of(VISBY)),
            new DemoFleet.Region(RegionCode.of("17"), "Region Värmland", List.of()));

    @Test
    void everyRegionWithHospitalsHasAmbulancesBasedAtItsUniversityHospital() {
        var fleet = DemoFleet.of(REGIONS, 1);

        var norrbotten = fleet.stream()
                .filter(d -> RegionCode.of("25").equals(d.region()))
                .toList();
        assertThat(norrbotten).extracting(TransportRegister.Draft::code).contains("amb-25", "iva-amb-25", "heli-25");
        assertThat(norrbotten).allSatisfy(d -> assertThat(d.baseHospital()).isEqualTo(SUNDERBY.id()));
        var ambulances = norrbotten.get(0);
        assertThat(ambulances.count()).isBetween(2, 4);
        assertThat(fleet).extracting(TransportRegister.Draft::code).contains("amb-09", "iva-amb-09");
        assertThat(fleet).noneMatch(d -> RegionCode.of("17").equals(d.region()));
    }

    @Test
    void theAirAmbulanceJetsAndSnamAreNational() {
        var national = DemoFleet.of(REGIONS, 1).stream()
                .filter(d -> d.region() == null)
                .toList();

        assertThat(national)
                .extracting(TransportRegister.Draft::code)
                .containsExactly("jet-umea", "jet-arlanda", "jet-landvetter", "snam");
        assertThat(national).allMatch(d -> d.kind().flies());
    }

    @Test
    void theSameSeedGivesTheSameFleetWithinTheContractsDutyTimes() {
        assertThat(DemoFleet.of(REGIONS, 7)).isEqualTo(DemoFleet.of(REGIONS, 7));
        assertThat(DemoFleet.of(REGIONS, 7)).allMatch(d -> d.dutyMinutes() <= 4800);
    }

    private static Hospital hospital(String region, String name, double lat, boolean university) {
        return new Hospital(
                UUID.randomUUID(),
                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                name,
                RegionCode.of(region),
                "Stad",
                lat,
                20.0,
                university,
                "test",
                0,
                Instant.EPOCH);
    }
}
