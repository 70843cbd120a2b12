package se.nspl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Uploads and reference data are read by {@link Csv}: whatever the bytes, it gives the header and every row with the
 * line it came from. Without {@code JAZZER_FUZZ} these run the seeds in {@code CsvFuzzTestInputs/}; see
 * docs/testing.md.
 */
class CsvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void givesEveryRowTheHeadersColumnsAndItsLine(byte[] file) {
        var table = Csv.read(new ByteArrayInputStream(file));

        var columns = new HashSet<>(table.columns());
        int previous = 1;
        for (var row : table.rows()) {
            assertThat(row.line()).isGreaterThan(previous);
            assertThat(row.fields().keySet()).isEqualTo(columns);
            columns.forEach(column -> assertThat(row.get(column)).isNotNull());
            previous = row.line();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void readsBackTheFieldsOfAFileWrittenWithRfc4180Quoting(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 6);
        var header = new ArrayList<String>();
        for (int k = 0; k < width; k++) {
            header.add("c" + k);
        }
        var rows = new ArrayList<List<String>>();
        for (int n = data.consumeInt(0, 4); n > 0; n--) {
            var row = new ArrayList<String>();
            for (int k = 0; k < width; k++) {
                // a field does not span lines; what is written is UTF-8
                String value = data.consumeString(20).replaceAll("[\r\n]", "");
                row.add(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            }
            rows.add(row);
        }
        var text = new StringBuilder(data.consumeBoolean() ? "\uFEFF" : "");
        text.append(line(header, data)).append(data.consumeBoolean() ? "\r\n" : "\n");
        for (var row : rows) {
            text.append(line(row, data)).append(data.consumeBoolean() ? "\r\n" : "\n");
        }

        var table = Csv.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(table.columns()).isEqualTo(header);
        assertThat(table.rows()).hasSameSizeAs(rows);
        for (int n = 0; n < rows.size(); n++) {
            var expected = new HashMap<String, String>();
            for (int k = 0; k < width; k++) {
                expected.put(header.get(k), rows.get(n).get(k));
            }
            assertThat(table.rows().get(n).line()).isEqualTo(n + 2);
            assertThat(table.rows().get(n).fields()).isEqualTo(expected);
        }
    }

    /** RFC 4180: a field with a comma or a quote is quoted, quotes doubled; any other may be. */
    private static String line(List<String> fields, FuzzedDataProvider data) {
        return fields.stream()
                .map(field -> field.contains(",") || field.contains("\"") || field.isBlank() || data.consumeBoolean()
                        ? "\"" + field.replace("\"", "\"\"") + "\""
                        : field)
                .collect(Collectors.joining(","));
    }
}
