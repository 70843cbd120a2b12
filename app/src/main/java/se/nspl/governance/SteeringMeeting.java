package se.nspl.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A meeting of the steering group (the region directors' working group) with what it decided. */
public record SteeringMeeting(
        UUID id,
        LocalDate heldOn,
        String title,
        @Nullable String notes,
        List<Decision> decisions,
        List<FollowUpAction> actions,
        long version,
        Instant updatedAt) {

    public SteeringMeeting {
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }
}
