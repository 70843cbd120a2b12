package se.nspl.governance;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Something a steering-group meeting asked someone to do, by a date, and whether it is done. */
public record FollowUpAction(
        UUID id,
        String text,
        @Nullable String responsible,
        @Nullable LocalDate dueOn,
        ActionStatus status) {

    /** The same action, done. */
    public FollowUpAction done() {
        return new FollowUpAction(id, text, responsible, dueOn, ActionStatus.DONE);
    }

    /** Open past its due date. */
    public boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
