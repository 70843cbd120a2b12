package se.nspl.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Scenario files come from whoever runs {@code nspl simulate} or uploads one on the scenario pages:
 * whatever their text, the reader gives a scenario or names what is wrong, and what it gives the
 * writer writes and the reader reads back the same. Without {@code JAZZER_FUZZ} these run the
 * seeds in {@code ScenarioReaderFuzzTestInputs/}; see docs/testing.md.
 */
class ScenarioReaderFuzzTest {

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    @FuzzTest(maxDuration = "60s")
    void readsAScenarioOrNamesTheBrokenField(byte[] file) {
        Scenario scenario;
        try {
            scenario = reader.read(new String(file, StandardCharsets.UTF_8));
        } catch (InvalidScenarioException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.message()).isNotBlank();
                if (error.path().isEmpty()) {
                    assertThat(error.message()).matches("(?s)not well-formed JSON.*|.*must be a JSON object.*");
                }
            });
            return;
        }
        assertThat(reader.read(writer.write(scenario))).isEqualTo(scenario);
    }
}
