package se.nspl.scenario.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.nspl.scenario.ScenarioSteps;
import se.nspl.simulation.Scenario;
import se.nspl.simulation.ScenarioReader;
import se.nspl.simulation.ScenarioWriter;

class LeverFormTest {

    private final Scenario scenario = new ScenarioReader().read(ScenarioSteps.NORRBOTTEN);
    private final List<String> levels = scenario.levels();

    @Test
    void theFormOfAScenarioAppliedUnchangedGivesTheSameScenario() {
        var form = LeverForm.of(scenario);
        String json = LeverForm.apply(new ScenarioWriter().write(scenario), form, levels);
        assertThat(new ScenarioReader().read(json)).isEqualTo(scenario);
    }

    @Test
    void emptyRowsAreDroppedCodesStayTextAndADecimalCommaIsANumber() {
        var form = new HashMap<>(LeverForm.of(scenario));
        form.put("events[0].region", "24");
        form.put("events[0].arrivalsPerDay.ICU", "2,5");
        form.put("plannedCare[0].region", "");
        form.put("plannedCare[0].fromDay", "");
        form.put("plannedCare[0].reduction", "");
        Scenario changed =
                new ScenarioReader().read(LeverForm.apply(new ScenarioWriter().write(scenario), form, levels));
        assertThat(changed.events()).hasSize(1);
        assertThat(changed.events().get(0).region()).isEqualTo("24");
        assertThat(changed.events().get(0).arrivalsPerDay().get("ICU")).isEqualTo(2.5);
        assertThat(changed.plannedCare()).isEmpty();
        assertThat(changed.regions()).isEqualTo(scenario.regions());
    }

    @Test
    void textWhereANumberBelongsIsLeftForTheReaderToName() {
        assertThat(LeverForm.value("tio").isString()).isTrue();
        assertThat(LeverForm.value("10").isIntegralNumber()).isTrue();
        assertThat(LeverForm.value(" ").isNull()).isTrue();
    }
}
