package se.nspl.distribution.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nspl.distribution.engine.DistributionProblem;
import se.nspl.distribution.engine.PatientGroup;
import se.nspl.distribution.engine.ProblemReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command as bin/nspl runs it, called in-process: what it prints and the exit code it returns. */
class DistributeCommandTest {

    private static final String PROBLEM = """
            {"name": "two hospitals",
             "hospitals": [
               {"id": "from", "region": "01", "lat": 59.0, "lon": 18.0, "free": {}},
               {"id": "to", "region": "01", "lat": 59.5, "lon": 18.0, "free": {"ICU": 1}}],
             "patients": [{"id": "g1", "origin": "from", "level": "ICU", "count": 2, "priority": 1}],
             "transport": [{"id": "amb", "mode": "ROAD", "baseLat": 59.0, "baseLon": 18.0, "count": 1,
               "speedKmh": 80, "fixedMinutes": 30, "dutyMinutes": 720,
               "capacity": {"ICU": 1}, "seats": 1}]}
            """;

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        var command = new DistributeCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(args);
    }

    private String file(String name, String content) throws IOException {
        Path path = directory.resolve(name);
        Files.writeString(path, content);
        return path.toString();
    }

    @Test
    void printsThePlanOfAValidProblemAndExitsWithZero() throws IOException {
        int exit = run(file("problem.json", PROBLEM), "--time-limit", "5");

        assertThat(exit).isZero();
        JsonNode plan = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(plan.get("status").asString()).isEqualTo("OPTIMAL");
        assertThat(plan.get("placed").asInt()).isEqualTo(1);
        assertThat(plan.get("unplaced").asInt()).isEqualTo(1);
        assertThat(plan.get("unplacedGroups").get(0).get("reason").asString())
                .isEqualTo("all 1 free ICU beds within reach went to other patients, the most urgent first");
        assertThat(plan.get("baseline").get("placed").asInt()).isEqualTo(1);
        assertThat(plan.get("transfers").get(0).get("rideMinutes").asDouble()).isPositive();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void namesTheWrongFieldsOfAnInvalidProblemAndExitsWithTwo() throws IOException {
        String broken = PROBLEM.replace("\"count\": 2", "\"count\": 0").replace("\"speedKmh\": 80,", "");

        int exit = run(file("broken.json", broken));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("transport[0].speedKmh: is required")
                .contains("patients[0].count: must be at least 1");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void saysWhenTheProblemFileCannotBeReadAndExitsWithTwo() {
        int exit = run(directory.resolve("missing.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read");
    }

    @Test
    void showsTheUsageWithoutAProblemFileAndExitsWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(DistributeCommand.USAGE);
    }

    @Test
    void rejectsATimeLimitThatIsNotAPositiveNumber() throws IOException {
        assertThat(run(file("problem.json", PROBLEM), "--time-limit", "soon")).isEqualTo(2);
        assertThat(run(file("problem.json", PROBLEM), "--time-limit", "-1")).isEqualTo(2);
        assertThat(run(file("problem.json", PROBLEM), "--time-limit")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--time-limit");
    }

    @Test
    void rejectsASecondProblemFileOrAnUnknownOption() throws IOException {
        String problem = file("problem.json", PROBLEM);

        assertThat(run(problem, problem)).isEqualTo(2);
        assertThat(run(problem, "--fast")).isEqualTo(2);
    }

    @Test
    void generatesTheSameProblemOnStandardOutputAndIntoAFile() throws IOException {
        assertThat(run("--generate", "--seed", "3", "--origins", "2", "--patients", "50"))
                .isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        Path file = directory.resolve("generated.json");

        int exit = run("--generate", "--seed", "3", "--origins", "2", "--patients", "50", "--out", file.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(file)).isEqualTo(printed);
        DistributionProblem problem = new ProblemReader().read(printed);
        assertThat(problem.patients().stream().mapToInt(PatientGroup::count).sum())
                .isEqualTo(50);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void rejectsAWrongGenerateCommandLineWithTwo() {
        assertThat(run("--generate", "--origins", "2", "--patients", "50")).isEqualTo(2);
        assertThat(run("--generate", "--seed", "x", "--origins", "2", "--patients", "50"))
                .isEqualTo(2);
        assertThat(run("--generate", "--seed", "1", "--origins", "0", "--patients", "50"))
                .isEqualTo(2);
        assertThat(run("--generate", "--seed", "1", "--origins", "200", "--patients", "500"))
                .isEqualTo(2);
        assertThat(run("--generate", "--seed", "1", "--origins", "5", "--patients", "3"))
                .isEqualTo(2);
        assertThat(run("--generate", "--seed", "1", "--origins", "2", "--patients"))
                .isEqualTo(2);
        assertThat(run("--generate", "--seed", "1", "--origins", "2", "--patients", "50", "--time-limit", "5"))
                .isEqualTo(2);
        assertThat(run("--generate", "--seed", "1", "--origins", "2", "--patients", "50", "extra.json"))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--generate --seed N");
    }

    @Test
    void saysWhenTheGeneratedProblemCannotBeWrittenAndExitsWithTwo() {
        String intoMissingDirectory = directory.resolve("no/such/dir/p.json").toString();

        int exit =
                run("--generate", "--seed", "1", "--origins", "2", "--patients", "50", "--out", intoMissingDirectory);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write");
    }
}
