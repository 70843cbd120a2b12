package se.nspl.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The MeasureReport reader, as any hospital system may call it: a report is read, or every issue
 * is named with its place in the resource; nothing else escapes. And what the writer writes, the
 * reader reads back unchanged. Without {@code JAZZER_FUZZ} this runs the seeds in
 * {@code MeasureReportReaderFuzzTestInputs/}; see docs/testing.md.
 */
class MeasureReportReaderFuzzTest {

    private static final List<String> LEVELS = List.of("ICU_VENT", "ICU", "ECMO", "WARD");
    private static final BedCapacityMeasureReports REPORTS = new BedCapacityMeasureReports(Set.copyOf(LEVELS));

    @FuzzTest(maxDuration = "60s")
    void readsAReportOrNamesWhereItIsWrong(byte[] input) {
        ReadReport read;
        try {
            read = REPORTS.read(new String(input, StandardCharsets.UTF_8));
        } catch (FhirInputException e) {
            assertThat(e.issues()).isNotEmpty().allSatisfy(issue -> {
                assertThat(issue.expression()).isNotBlank();
                assertThat(issue.diagnostics()).isNotBlank();
            });
            return;
        }
        assertThat(LEVELS).containsAll(read.report().levels().keySet());
    }

    @FuzzTest(maxDuration = "60s")
    void aWrittenReportReadsBackTheSame(FuzzedDataProvider data) {
        var levels = new LinkedHashMap<String, BedCapacityReport.BedCounts>();
        for (String level : data.pickValues(LEVELS, data.consumeInt(1, LEVELS.size()))) {
            int staffed = data.consumeInt(0, 5000);
            levels.put(
                    level,
                    new BedCapacityReport.BedCounts(
                            staffed,
                            data.consumeInt(0, 5000),
                            data.consumeBoolean() ? data.consumeInt(0, 5000) : null,
                            data.consumeBoolean() ? data.consumeInt(0, 5000) : null));
        }
        var report = new BedCapacityReport(
                new UUID(data.consumeLong(), data.consumeLong()),
                Instant.ofEpochSecond(data.consumeLong(1_600_000_000L, 2_000_000_000L)),
                levels,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);

        var read = REPORTS.read(REPORTS.write(report));

        assertThat(read.report().levels()).isEqualTo(report.levels());
        assertThat(read.report().unitId()).isEqualTo(report.unitId());
        assertThat(read.report().observedAt()).isEqualTo(report.observedAt());
    }
}
