package se.nspl.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CSV files with a header row (RFC 4180 quoting: fields in double quotes may hold commas
 * and doubled quotes; a field does not span lines). Used for reference data and uploads.
 */
public final class Csv {

    /**
     * One data row: its line number in the file (the header is line 1) and its fields by column (a
     * column named twice: the later one).
     */
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
            Map<String, Integer> columns = null;
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
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        columns.put(header.get(i), i);
                    }
                }
                rows.add(new Row(number, new Fields(columns, fields)));
            }
            return new Table(header == null ? List.of() : header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A row's fields by column, read through the header's positions (one map for the file, not one
     * per line: an upload has thousands); cells missing at the end of a line are empty.
     */
    private static final class Fields extends AbstractMap<String, String> {

        private final Map<String, Integer> columns;
        private final List<String> cells;

        Fields(Map<String, Integer> columns, List<String> cells) {
            this.columns = columns;
            this.cells = cells;
        }

        @Override
        public String get(Object column) {
            Integer i = columns.get(column);
            return i == null ? null : cell(i);
        }

        @Override
        public boolean containsKey(Object column) {
            return columns.containsKey(column);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            var entries = new LinkedHashSet<Entry<String, String>>();
            columns.forEach((column, i) -> entries.add(new SimpleImmutableEntry<>(column, cell(i))));
            return Collections.unmodifiableSet(entries);
        }

        private String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
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
