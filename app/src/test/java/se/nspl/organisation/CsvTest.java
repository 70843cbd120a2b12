package se.nspl.organisation;

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
    void readsRowsByHeaderSkippingBlankLines() {
        var in = new ByteArrayInputStream(
                "code,name\n24,Västerbotten\n\n25,Norrbotten\n".getBytes(StandardCharsets.UTF_8));

        var rows = Csv.read(in);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("code", "24").containsEntry("name", "Västerbotten");
    }
}
