package se.nspl.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void readsTheContractsExample() {
        Scenario scenario = reader.read(Examples.norrbotten());
        assertThat(scenario.levels()).containsExactly("ICU_VENT", "ICU", "WARD");
        assertThat(scenario.days()).isEqualTo(60);
        assertThat(scenario.region("25").orElseThrow().surge()).hasSize(2);
        assertThat(scenario.events().get(0).arrivalsPerDay().get("WARD")).isEqualTo(60);
        assertThat(scenario.plannedCare().get(0).reduction()).isEqualTo(0.8);
        assertThat(scenario.transfers().enabled()).isTrue();
    }

    @Test
    void theWriterWritesWhatTheReaderReadsBack() {
        Scenario scenario = reader.read(Examples.norrbotten());
        assertThat(reader.read(new ScenarioWriter().write(scenario))).isEqualTo(scenario);
    }

    @Test
    void namesEveryBrokenField() {
        var e = catchThrowableOfType(InvalidScenarioException.class, () -> reader.read("""
                {"name": "x", "days": 0, "mode": "RANDOM", "losDays": {"ICU": 0.5},
                 "regions": [{"code": "25", "beds": {"ICU": 1.5, "ECMO": 2}, "electiveShare": {"ICU": 2}},
                             {"code": "25"}],
                 "events": [{"region": "26", "startDay": 1, "days": 2}],
                 "transfers": {"enabled": "yes"},
                 "extra": 1}"""));
        assertThat(e.errors())
                .extracting(FieldError::path)
                .contains(
                        "extra",
                        "days",
                        "mode",
                        "losDays.ICU",
                        "regions[0].beds.ICU",
                        "regions[0].beds.ECMO",
                        "regions[0].electiveShare.ICU",
                        "regions[1].code",
                        "events[0].region",
                        "transfers.enabled");
    }

    @Test
    void aStochasticScenarioNeedsWholePatients() {
        var e = catchThrowableOfType(InvalidScenarioException.class, () -> reader.read("""
                {"name": "x", "days": 3, "mode": "STOCHASTIC", "losDays": {"ICU": 4},
                 "regions": [{"code": "25", "beds": {"ICU": 4}, "occupied": {"ICU": 2.5}}]}"""));
        assertThat(e.errors()).extracting(FieldError::path).containsExactly("regions[0].occupied.ICU");
    }

    @Test
    void brokenJsonIsNamedAsSuch() {
        var e = catchThrowableOfType(InvalidScenarioException.class, () -> reader.read("{\"name\": "));
        assertThat(e.getMessage()).contains("not well-formed JSON");
    }
}
