package se.nspl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoModeTest {

    @Test
    void isOnByDefaultOnTheEmbeddedDatabase() {
        assertThat(DemoMode.resolve(null, DatabaseMode.EMBEDDED).enabled()).isTrue();
    }

    @Test
    void isOffByDefaultOnAnExternalDatabase() {
        assertThat(DemoMode.resolve(null, DatabaseMode.EXTERNAL).enabled()).isFalse();
    }

    @Test
    void canBeTurnedOffOnTheEmbeddedDatabase() {
        assertThat(DemoMode.resolve(false, DatabaseMode.EMBEDDED).enabled()).isFalse();
    }

    @Test
    void refusesToRunAgainstAnExternalDatabase() {
        assertThatThrownBy(() -> DemoMode.resolve(true, DatabaseMode.EXTERNAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuses to run against a non-embedded database");
    }
}
