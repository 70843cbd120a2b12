package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Problem files come from whoever runs {@code nspl distribute}: whatever their bytes, the reader gives a problem or
 * names what is wrong. Without {@code JAZZER_FUZZ} these run the seeds in {@code ProblemReaderFuzzTestInputs/}; see
 * docs/testing.md.
 */
class ProblemReaderFuzzTest {

    private final ProblemReader reader = new ProblemReader();
    private final ProblemWriter writer = new ProblemWriter();

    @FuzzTest(maxDuration = "60s")
    void readsAProblemOrNamesTheBrokenField(byte[] file) {
        DistributionProblem problem;
        try {
            problem = reader.read(new ByteArrayInputStream(file));
        } catch (InvalidProblemException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(ProblemReaderFuzzTest::namesWhere);
            return;
        }
        // What was read is a problem the writer can write and the reader read back.
        assertThat(reader.read(writer.write(problem))).isEqualTo(problem);
    }

    @FuzzTest(maxDuration = "60s")
    void readsBackWhatTheWriterWrote(FuzzedDataProvider data) {
        DistributionProblem problem;
        try {
            problem = problem(data);
        } catch (InvalidProblemException e) {
            return; // not a problem at all: nothing to write
        }

        assertThat(reader.read(writer.write(problem))).isEqualTo(problem);
    }

    /** An error names its field; one about the text as a whole says where it breaks or what it must be. */
    private static void namesWhere(FieldError error) {
        assertThat(error.message()).isNotBlank();
        if (error.path().isEmpty()) {
            assertThat(error.message())
                    .matches("(?s)not well-formed JSON at line \\d+, column \\d+: .*"
                            + "|not text in UTF-8, UTF-16 or UTF-32: .*"
                            + "|the problem must be a JSON object");
        }
    }

    private static DistributionProblem problem(FuzzedDataProvider data) {
        var hospitals = new ArrayList<Hospital>();
        for (int k = data.consumeInt(1, 4); k > 0; k--) {
            hospitals.add(new Hospital(
                    data.consumeString(12),
                    data.consumeString(4),
                    data.consumeDouble(),
                    data.consumeDouble(),
                    counts(data)));
        }
        var patients = new ArrayList<PatientGroup>();
        for (int k = data.consumeInt(0, 4); k > 0; k--) {
            patients.add(new PatientGroup(
                    data.consumeString(12),
                    data.pickValue(hospitals).id(),
                    data.pickValue(CareLevel.values()),
                    data.consumeInt(),
                    data.consumeInt(1, 3)));
        }
        var transports = new ArrayList<Transport>();
        for (int k = data.consumeInt(0, 3); k > 0; k--) {
            transports.add(new Transport(
                    data.consumeString(12),
                    data.pickValue(TransportMode.values()),
                    data.consumeDouble(),
                    data.consumeDouble(),
                    data.consumeInt(),
                    data.consumeDouble(),
                    data.consumeDouble(),
                    data.consumeDouble(),
                    counts(data),
                    data.consumeInt()));
        }
        var limits = new RideLimits(data.consumeDouble(), data.consumeDouble(), data.consumeDouble());
        return new DistributionProblem(
                data.consumeString(20),
                limits,
                data.consumeDouble(),
                List.copyOf(hospitals),
                List.copyOf(patients),
                List.copyOf(transports));
    }

    private static LevelCounts counts(FuzzedDataProvider data) {
        return new LevelCounts(data.consumeInt(0, 50), data.consumeInt(0, 50), data.consumeInt(0, 50));
    }
}
