package se.nspl.finance.allocation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocateCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new AllocateCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("allocation.json"), json);
    }

    @Test
    void printsEachRegionsShareAndAmountWithTheTotal() throws Exception {
        var example = Path.of(Objects.requireNonNull(getClass().getResource("/all-regions-2024.json"))
                .toURI());

        assertThat(run(example.toString())).isEqualTo(0);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"code\" : \"25\"").contains("\"totalSek\" : \"1367000000.00\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aNegativePopulationExitsWithTwoNamingTheField() throws IOException {
        var input = file("""
                {"year": 2024, "amountSek": "100.00", "regions": [
                  {"code": "01", "population": 10, "participates": true},
                  {"code": "03", "population": 10, "participates": true},
                  {"code": "04", "population": 10, "participates": true},
                  {"code": "05", "population": -3, "participates": true}]}""");

        assertThat(run(input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("regions[3].population: must not be negative");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFileWithoutParticipantsOrAnUnknownRegionExitsWithTwo() throws IOException {
        var input = file("""
                {"year": 2024, "amountSek": "100.00", "regions": [
                  {"code": "99", "population": 10, "participates": false}]}""");

        assertThat(run(input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("regions[0].code: no region has the code \"99\"")
                .contains("regions: no region participates");
    }

    @Test
    void aMissingFileOrArgumentExitsWithTwo() {
        assertThat(run(dir.resolve("nothing.json").toString())).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("no such file")
                .contains("Usage:");
    }
}
