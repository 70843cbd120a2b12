package se.nspl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotes() {
        assertThat(Csv.fields("a,\"b, c\",\"say \"\"hej\"\"\",")).containsExactly("a", "b, c", "say \"hej\"", "");
    }

    @Test
    void readsRowsByHeaderWithTheirLineNumbersSkippingBlankLines() {
        var table = Csv.read(csv("code,name\n24,Västerbotten\n\n25,Norrbotten\n"));

        assertThat(table.columns()).containsExactly("code", "name");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("name")).isEqualTo("Västerbotten");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void ignoresTheByteOrderMarkOfSpreadsheetExports() {
        assertThat(Csv.read(csv("\uFEFFcode\n24\n")).columns()).containsExactly("code");
    }

    @Test
    void anEmptyFileHasNoColumnsAndNoRows() {
        var table = Csv.read(csv(""));

        assertThat(table.columns()).isEmpty();
        assertThat(table.rows()).isEmpty();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
