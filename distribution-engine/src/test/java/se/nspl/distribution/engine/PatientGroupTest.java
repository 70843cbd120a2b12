package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static se.nspl.distribution.engine.CareLevel.ICU;
import static se.nspl.distribution.engine.TestData.errorsOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientGroupTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void acceptsPrioritiesOneToThree(int priority) {
        assertThatNoException().isThrownBy(() -> new PatientGroup("g1", "sus", ICU, 1, priority));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void rejectsPriorityOutsideOneToThree(int priority) {
        assertThat(errorsOf(() -> new PatientGroup("g1", "sus", ICU, 1, priority)))
                .containsExactly("priority: must be 1, 2 or 3");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsACountBelowOne(int count) {
        assertThat(errorsOf(() -> new PatientGroup("g1", "sus", ICU, count, 1)))
                .containsExactly("count: must be at least 1");
    }

    @Test
    void requiresALevel() {
        assertThat(errorsOf(() -> new PatientGroup("g1", "sus", null, 1, 1))).containsExactly("level: is required");
    }

    @Test
    void rejectsABlankIdOrOrigin() {
        assertThat(errorsOf(() -> new PatientGroup(" ", "", ICU, 1, 1)))
                .containsExactly("id: must not be blank", "origin: must not be blank");
    }
}
