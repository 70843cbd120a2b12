package se.nspl.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.nspl.shared.InvalidInputException;

class AmountDraftTest {

    @Test
    void anAmountIsKeptWithTwoDecimals() {
        assertThat(new AmountDraft(new BigDecimal("1367000000"), null).checkedAmount())
                .isEqualTo(new BigDecimal("1367000000.00"));
        assertThat(new AmountDraft(new BigDecimal("0.50"), " ").checkedNote()).isNull();
    }

    @Test
    void aMissingNegativeOrTooPreciseAmountIsRefused() {
        assertThatThrownBy(() -> new AmountDraft(null, null).checkedAmount())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("amountSek: must be given");
        assertThatThrownBy(() -> new AmountDraft(new BigDecimal("-0.01"), null).checkedAmount())
                .hasMessage("amountSek: must not be negative");
        assertThatThrownBy(() -> new AmountDraft(new BigDecimal("1.001"), null).checkedAmount())
                .hasMessage("amountSek: must be exact to the öre: at most two decimals");
        assertThatThrownBy(() -> new AmountDraft(BigDecimal.ONE, "n".repeat(501)).checkedAmount())
                .hasMessage("note: must be at most 500 characters");
    }
}
