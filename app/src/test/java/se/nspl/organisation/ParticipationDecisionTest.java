package se.nspl.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.nspl.shared.InvalidInputException;

class ParticipationDecisionTest {

    @Test
    void aDecisionNeedsTheDateItWasTaken() {
        assertThatThrownBy(() -> new ParticipationDecision(Participation.YES, null, "RS 2024/12"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("decidedOn");
    }

    @Test
    void pendingNeedsNoDate() {
        assertThat(ParticipationDecision.pending().decidedOn()).isNull();
    }

    @Test
    void rejectsAnOverlongDiaryNumber() {
        assertThatThrownBy(() -> new ParticipationDecision(Participation.NO, LocalDate.of(2024, 10, 1), "x".repeat(51)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("diaryNumber");
    }

    @Test
    void keepsABlankDiaryNumberAsNone() {
        assertThat(new ParticipationDecision(Participation.YES, LocalDate.of(2024, 10, 1), "  ").diaryNumber())
                .isNull();
    }
}
