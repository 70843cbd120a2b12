package se.nspl.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final SimulateCommand command = new SimulateCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void printsTheResultOfAScenarioFile() throws Exception {
        Path file = dir.resolve("s.json");
        try (var in = getClass().getResourceAsStream("/examples/norrbotten.json")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(command.run(file.toString())).isEqualTo(SimulateCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("{\"scenario\":\"Norrbotten, 14 days of heavy casualties\",\"mode\":\"DETERMINISTIC\"")
                .contains("\"region\":\"SE\"", "\"summary\"");
    }

    @Test
    void aBadScenarioFileExitsWithTwoAndNamesTheField() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"name\": \"x\", \"days\": 10, \"losDays\": {\"ICU\": 5}, \"regions\": []}");
        assertThat(command.run(file.toString())).isEqualTo(SimulateCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("regions: must list at least one region");
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingFileOrArgumentExitsWithTwo() {
        assertThat(command.run(dir.resolve("none.json").toString())).isEqualTo(SimulateCommand.BAD_INPUT);
        assertThat(command.run()).isEqualTo(SimulateCommand.BAD_INPUT);
        assertThat(command.run("a.json", "--threads", "zero")).isEqualTo(SimulateCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file", "Usage:");
    }
}
