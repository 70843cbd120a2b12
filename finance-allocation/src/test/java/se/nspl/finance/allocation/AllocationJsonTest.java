package se.nspl.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationJsonTest {

    static AllocationRequest read(String json) {
        return AllocationJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> fieldsOf(String json) {
        try {
            read(json);
        } catch (InvalidAllocationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsTheContract() {
        var request = read("""
                {"year": 2024, "amountSek": "1367000000.10",
                 "regions": [{"code": "01", "population": 2454821, "participates": true},
                             {"code": "03", "population": 404589, "participates": false}]}""");

        assertThat(request.year()).isEqualTo(2024);
        assertThat(request.amountSek()).isEqualTo(new BigDecimal("1367000000.10"));
        assertThat(request.regions())
                .containsExactly(new RegionPopulation("01", 2454821, true), new RegionPopulation("03", 404589, false));
    }

    @Test
    void anAmountAsANumberKeepsItsÖre() {
        var request = read("""
                {"year": 2024, "amountSek": 1367000000.10,
                 "regions": [{"code": "01", "population": 1, "participates": true}]}""");

        assertThat(request.amountSek()).isEqualByComparingTo("1367000000.10");
    }

    @Test
    void namesEachWrongField() {
        assertThat(fieldsOf("""
                        {"year": "2024", "amountSek": "a lot", "budget": 1,
                         "regions": [{"code": 1, "population": "many", "participates": "yes"}, 7]}"""))
                .containsExactlyInAnyOrder(
                        "budget",
                        "year",
                        "amountSek",
                        "regions[0].code",
                        "regions[0].population",
                        "regions[0].participates",
                        "regions[1]");
        assertThat(fieldsOf("{\"year\": 2024")).containsExactly("");
        assertThat(fieldsOf("[]")).containsExactly("");
    }

    @Test
    void writesSharesAndAmountsWithTheTotal() {
        var json = AllocationJson.write(CostKey.allocate(read("""
                {"year": 2024, "amountSek": "900",
                 "regions": [{"code": "01", "population": 100, "participates": true},
                             {"code": "03", "population": 200, "participates": true},
                             {"code": "04", "population": 300, "participates": false}]}""")));

        assertThat(json.replaceAll("\\s", ""))
                .contains("\"year\":2024")
                .contains("\"code\":\"01\",\"population\":100,\"participates\":true,\"share\":0.3333333333,"
                        + "\"amountSek\":\"300.00\"")
                .contains("\"code\":\"04\",\"population\":300,\"participates\":false,\"share\":0.0000000000,"
                        + "\"amountSek\":\"0.00\"")
                .contains("\"totalSek\":\"900.00\"");
    }

    @Test
    void aTruncatedFileIsRefusedAsAWhole() {
        assertThatThrownBy(() -> read("{\"year\": 2024, \"regions\": ["))
                .isInstanceOf(InvalidAllocationException.class)
                .hasMessageContaining("not valid JSON");
    }
}
