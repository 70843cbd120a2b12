package se.nspl.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.distribution.engine.Hospital;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.RegionCode;

/** How the platform's picture, demand and register become the contract's problem. */
class ProblemBuilderTest {

    static final ProblemBuilder.Site SUNDERBY = site("sunderby", "25", 65.62, 22.13, 0, 0, 4, false);
    static final ProblemBuilder.Site UMEA = site("nus", "24", 63.81, 20.24, 2, 3, 20, false);
    static final ProblemBuilder.Site SKELLEFTEA = site("skelleftea", "24", 64.75, 20.95, 1, 0, 5, true);
    static final ProblemBuilder.Site LYCKSELE = site("lycksele", "24", 64.6, 18.67, 0, 0, 0, false);

    @Test
    void theSendingHospitalTakesNoneInAndHospitalsWithoutFreeBedsAreLeftOut() {
        var built = build(List.of(row(SUNDERBY, CareLevel.WARD, 3, 1)), false, List.of(ambulances(2)));

        assertThat(built.problem().hospitals())
                .extracting(Hospital::id)
                .containsExactly("sunderby", "nus", "skelleftea");
        var sunderby = built.problem().hospitals().get(0);
        assertThat(sunderby.free().ward()).isZero();
        assertThat(built.inputs().hospitalsOffering()).isEqualTo(2);
        assertThat(built.inputs().freeBeds()).containsEntry(CareLevel.WARD, 25).containsEntry(CareLevel.ICU_VENT, 3);
        assertThat(built.problem().patients().get(0).origin()).isEqualTo("sunderby");
        assertThat(built.problem().patients().get(0).count()).isEqualTo(3);
    }

    @Test
    void staleHospitalsAreFlaggedAndLeftOutOnlyWhenAsked() {
        var counted = build(List.of(row(SUNDERBY, CareLevel.WARD, 1, 2)), false, List.of());
        assertThat(counted.inputs().staleHospitals()).containsExactly("skelleftea sjukhus");
        assertThat(counted.problem().hospitals()).extracting(Hospital::id).contains("skelleftea");

        var leftOut = build(List.of(row(SUNDERBY, CareLevel.WARD, 1, 2)), true, List.of());
        assertThat(leftOut.inputs().staleHospitals()).containsExactly("skelleftea sjukhus");
        assertThat(leftOut.inputs().staleLeftOut()).isTrue();
        assertThat(leftOut.problem().hospitals()).extracting(Hospital::id).doesNotContain("skelleftea");
    }

    @Test
    void transportCountsWithItsAvailableVehiclesAndNoneAvailableIsLeftOut() {
        var built = build(List.of(row(SUNDERBY, CareLevel.WARD, 1, 1)), false, List.of(ambulances(3), ambulances(0)));

        assertThat(built.problem().transports()).hasSize(1);
        assertThat(built.problem().transports().get(0).count()).isEqualTo(3);
        assertThat(built.inputs().transportUnits()).isEqualTo(1);
    }

    @Test
    void aDemandRowThatBreaksTheRulesIsNamedByItsPath() {
        var rows = List.of(
                new ProblemBuilder.DemandRow(UUID.randomUUID(), CareLevel.WARD, 1, 1),
                new ProblemBuilder.DemandRow(SUNDERBY.id(), CareLevel.ECMO, 0, 4),
                row(SUNDERBY, CareLevel.WARD, 1, 1),
                row(SUNDERBY, CareLevel.WARD, 2, 1));

        assertThatThrownBy(() -> build(rows, false, List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly(
                                        "demand[0].hospital",
                                        "demand[1].level",
                                        "demand[1].count",
                                        "demand[1].priority",
                                        "demand[3]"));
    }

    @Test
    void noDemandIsRefused() {
        assertThatThrownBy(() -> build(List.of(), false, List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("demand"));
    }

    private static ProblemBuilder.Built build(
            List<ProblemBuilder.DemandRow> rows, boolean leaveOutStale, List<TransportUnit> register) {
        return new ProblemBuilder()
                .build("test", rows, List.of(SUNDERBY, UMEA, SKELLEFTEA, LYCKSELE), register, leaveOutStale);
    }

    private static ProblemBuilder.DemandRow row(ProblemBuilder.Site site, CareLevel level, int count, int priority) {
        return new ProblemBuilder.DemandRow(site.id(), level, count, priority);
    }

    static ProblemBuilder.Site site(
            String slug, String region, double lat, double lon, int icuVent, int icu, int ward, boolean stale) {
        return new ProblemBuilder.Site(
                UUID.nameUUIDFromBytes(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                slug,
                slug + " sjukhus",
                RegionCode.of(region),
                lat,
                lon,
                icuVent,
                icu,
                ward,
                stale);
    }

    static TransportUnit ambulances(int available) {
        return new TransportUnit(
                UUID.randomUUID(),
                "amb-" + UUID.randomUUID().toString().substring(0, 6),
                "Ambulanser",
                TransportKind.ROAD_AMBULANCE,
                RegionCode.of("25"),
                "Sunderby",
                65.62,
                22.13,
                Math.max(available, 1),
                available,
                80,
                40,
                720,
                0,
                1,
                1,
                1,
                0,
                Instant.EPOCH,
                "test");
    }
}
