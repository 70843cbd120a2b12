package se.nspl.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV files with a header row (RFC 4180 quoting: fields in double quotes may hold commas
 * and doubled quotes; a field does not span lines). Used for reference data and uploads.
 */
public final class Csv {

    /** One data row: its line number in the file (the header is line 1) and its fields by column. */
    public record Row(int line, Map<String, String> fields) {

        /** The field of the column, stripped; empty when the column is absent or the cell empty. */
        public String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The header's columns and the data rows, blank lines left out. */
    public record Table(List<String> columns, List<Row> rows) {}

    private Csv() {}

    public static Table read(InputStream in) {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            var rows = new ArrayList<Row>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                var fields = fields(number == 1 ? stripByteOrderMark(line) : line);
                if (header == null) {
                    header = fields.stream().map(String::strip).toList();
                    continue;
                }
                var row = new HashMap<String, String>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                rows.add(new Row(number, row));
            }
            return new Table(header == null ? List.of() : header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** Spreadsheet programs start UTF-8 CSV files with a byte order mark. */
    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
