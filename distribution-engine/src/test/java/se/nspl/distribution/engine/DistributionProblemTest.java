package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.nspl.distribution.engine.TestData.errorsOf;
import static se.nspl.distribution.engine.TestData.group;
import static se.nspl.distribution.engine.TestData.hospital;
import static se.nspl.distribution.engine.TestData.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionProblemTest {

    private final List<Hospital> hospitals =
            List.of(hospital("origin").build(), hospital("target").build());
    private final List<PatientGroup> patients =
            List.of(group("g1").from("origin").build());
    private final List<Transport> transports = List.of(transport("jet").build());

    @Test
    void usesTheContractsDefaultsWhenRideLimitsAndRoadFactorAreLeftOut() {
        var problem = new DistributionProblem("surge", hospitals, patients, transports);

        assertThat(problem.maxRideMinutes()).isEqualTo(new RideLimits(240, 300, 480));
        assertThat(problem.roadFactor()).isEqualTo(1.3);
    }

    @Test
    void rejectsABlankName() {
        assertThat(errorsOf(() -> new DistributionProblem(" ", hospitals, patients, transports)))
                .containsExactly("name: must not be blank");
    }

    @Test
    void rejectsARoadFactorBelowOne() {
        assertThat(errorsOf(() ->
                        new DistributionProblem("surge", RideLimits.DEFAULT, 0.9, hospitals, patients, transports)))
                .containsExactly("roadFactor: must be at least 1");
    }

    @Test
    void requiresRideLimitsAndAllThreeLists() {
        assertThat(errorsOf(() -> new DistributionProblem("surge", null, 1.3, null, null, null)))
                .containsExactly(
                        "maxRideMinutes: is required",
                        "hospitals: is required",
                        "patients: is required",
                        "transport: is required");
    }

    @Test
    void rejectsAMissingEntryNamingItsPlaceInTheList() {
        var withGap = Arrays.asList(hospital("origin").build(), null);

        assertThat(errorsOf(() -> new DistributionProblem("surge", withGap, patients, transports)))
                .containsExactly("hospitals[1]: is required");
    }

    @Test
    void rejectsAHospitalIdUsedTwice() {
        var twice = List.of(
                hospital("origin").build(),
                hospital("target").build(),
                hospital("origin").build());

        assertThat(errorsOf(() -> new DistributionProblem("surge", twice, patients, transports)))
                .containsExactly("hospitals[2].id: 'origin' is already the id of hospitals[0]");
    }

    @Test
    void rejectsAPatientGroupIdUsedTwice() {
        var twice = List.of(
                group("g1").from("origin").build(), group("g1").from("target").build());

        assertThat(errorsOf(() -> new DistributionProblem("surge", hospitals, twice, transports)))
                .containsExactly("patients[1].id: 'g1' is already the id of patients[0]");
    }

    @Test
    void rejectsATransportIdUsedTwiceNamingTheContractsListTransport() {
        var twice = List.of(transport("jet").build(), transport("jet").build());

        assertThat(errorsOf(() -> new DistributionProblem("surge", hospitals, patients, twice)))
                .containsExactly("transport[1].id: 'jet' is already the id of transport[0]");
    }

    @Test
    void rejectsPatientsFromAHospitalThatIsNotInTheProblem() {
        var fromNowhere = List.of(
                group("g1").from("origin").build(), group("g2").from("nowhere").build());

        assertThat(errorsOf(() -> new DistributionProblem("surge", hospitals, fromNowhere, transports)))
                .containsExactly("patients[1].origin: no hospital has the id 'nowhere'");
    }

    @Test
    void keepsItsListsWhenTheCallersListsChange() {
        var changing = new ArrayList<>(hospitals);
        var problem = new DistributionProblem("surge", changing, patients, transports);

        changing.clear();

        assertThat(problem.hospitals()).hasSize(2);
        assertThatThrownBy(() -> problem.hospitals().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
