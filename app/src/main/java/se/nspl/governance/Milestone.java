package se.nspl.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A point on the programme's timeline: planned for a date, done on another. */
public record Milestone(
        UUID id,
        String title,
        @Nullable String description,
        LocalDate plannedOn,
        MilestoneStatus status,
        @Nullable LocalDate completedOn,
        long version,
        Instant updatedAt,
        String updatedBy) {}
