package se.nspl.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/** A milestone as the secretariat writes it; without a status it is planned. */
public record MilestoneDraft(
        @Nullable String title,
        @Nullable String description,
        @Nullable LocalDate plannedOn,
        @Nullable MilestoneStatus status,
        @Nullable LocalDate completedOn) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;

    void check() {
        var errors = new ArrayList<FieldError>();
        Texts.require(title, "title", MAX_TITLE, errors);
        Texts.limit(description, "description", MAX_DESCRIPTION, errors);
        if (plannedOn == null) {
            errors.add(new FieldError("plannedOn", "must be the date the milestone is planned for"));
        }
        if (completedOn != null && status() != MilestoneStatus.DONE) {
            errors.add(new FieldError("completedOn", "only a DONE milestone has a completion date"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }

    @Override
    public MilestoneStatus status() {
        return status == null ? MilestoneStatus.PLANNED : status;
    }
}
