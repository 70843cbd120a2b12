package se.nspl.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.ResponseStatusException;
import se.nspl.shared.InvalidInputException;

class VersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "7", "W/\"7\"", " \"7\" "})
    void readsTheVersionFromIfMatch(String ifMatch) {
        assertThat(Versions.fromIfMatch(ifMatch)).isEqualTo(7);
    }

    @Test
    void writesTheVersionAsAStrongETag() {
        assertThat(Versions.eTag(7)).isEqualTo("\"7\"");
    }

    @Test
    void requiresIfMatch() {
        assertThatThrownBy(() -> Versions.fromIfMatch(null))
                .isInstanceOf(ResponseStatusException.class)
                .satisfies(e -> assertThat(
                                ((ResponseStatusException) e).getStatusCode().value())
                        .isEqualTo(428));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "*", "\"-1\"", "\"99999999999999999999\""})
    void rejectsSomethingThatIsNotAVersion(String ifMatch) {
        assertThatThrownBy(() -> Versions.fromIfMatch(ifMatch)).isInstanceOf(InvalidInputException.class);
    }
}
