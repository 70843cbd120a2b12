package se.nspl.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.Classification;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/** An amount in SEK as finance enters it (a budget or a state grant), with an optional note. */
public record AmountDraft(
        @Nullable BigDecimal amountSek, @Nullable String note) {

    static final int MAX_NOTE = 500;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000.00");

    /** The amount with two decimals, or the reasons it is not one. */
    BigDecimal checkedAmount() {
        var errors = new ArrayList<FieldError>();
        if (amountSek == null) {
            errors.add(new FieldError("amountSek", "must be given, e.g. \"1367000000.00\""));
        } else if (amountSek.signum() < 0) {
            errors.add(new FieldError("amountSek", "must not be negative"));
        } else if (amountSek.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amountSek", "must be exact to the öre: at most two decimals"));
        } else if (amountSek.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError("amountSek", "must be at most " + MAX_AMOUNT.toPlainString()));
        }
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
        }
        Classification.check("note", note, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
        return amountSek.setScale(2);
    }

    @Nullable
    String checkedNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
