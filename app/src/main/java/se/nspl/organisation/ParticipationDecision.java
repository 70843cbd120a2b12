package se.nspl.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * The regional board's (regionstyrelsens) decision on participation, with its date and diary
 * number (diarienummer) so that anyone can look the decision up.
 */
public record ParticipationDecision(Participation status, LocalDate decidedOn, String diaryNumber) {

    static final int MAX_DIARY_NUMBER = 50;

    public ParticipationDecision {
        var errors = new ArrayList<FieldError>();
        if (status == null) {
            errors.add(new FieldError("status", "must be PENDING, YES or NO"));
        } else if (status != Participation.PENDING && decidedOn == null) {
            errors.add(new FieldError("decidedOn", "a decision (YES or NO) needs the date it was taken"));
        }
        if (diaryNumber != null && diaryNumber.length() > MAX_DIARY_NUMBER) {
            errors.add(new FieldError("diaryNumber", "must be at most " + MAX_DIARY_NUMBER + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
        diaryNumber = diaryNumber == null || diaryNumber.isBlank() ? null : diaryNumber.strip();
    }

    public static ParticipationDecision pending() {
        return new ParticipationDecision(Participation.PENDING, null, null);
    }
}
