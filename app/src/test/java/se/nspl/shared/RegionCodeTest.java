package se.nspl.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "24", "25"})
    void acceptsTwoDigitLanCodes(String code) {
        assertThat(RegionCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1", "024", "AB", " 24", "2a"})
    void rejectsAnythingElseNamingTheField(String code) {
        assertThatThrownBy(() -> RegionCode.of(code))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("region"));
    }
}
