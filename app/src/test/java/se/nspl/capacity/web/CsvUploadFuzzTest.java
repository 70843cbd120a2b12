package se.nspl.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import se.nspl.capacity.CapacityReporting.UploadedStatus;
import se.nspl.shared.Csv;
import se.nspl.shared.InvalidInputException;

/**
 * A region's CSV upload: whatever the bytes, every line is read or has its mistakes named by line and column, and a
 * wrong header is named as such. Without {@code JAZZER_FUZZ} this runs the seeds in {@code CsvUploadFuzzTestInputs/};
 * see docs/testing.md.
 */
class CsvUploadFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readsEveryLineOrNamesItsMistakesByLine(byte[] file) {
        var table = Csv.read(new ByteArrayInputStream(file));
        CsvUpload.Read read;
        try {
            read = CsvUpload.read(table);
        } catch (InvalidInputException e) {
            assertThat(e.errors())
                    .isNotEmpty()
                    .allSatisfy(error -> assertThat(error.field()).isEqualTo("columns"));
            return;
        }

        var lines = table.rows().stream().map(Csv.Row::line).toList();
        var readLines = read.statuses().stream().map(UploadedStatus::line).toList();
        var wrong = new HashSet<Integer>();
        for (var error : read.errors()) {
            assertThat(error.field()).matches("line \\d+: \\S+");
            assertThat(error.message()).isNotBlank();
            wrong.add(Integer.valueOf(error.field().substring(5, error.field().indexOf(':'))));
        }
        // each line is read, or has mistakes: never both, never neither
        assertThat(readLines).doesNotHaveDuplicates().noneMatch(wrong::contains);
        assertThat(lines)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(readLines.stream(), wrong.stream())
                        .toList());
    }
}
