package se.nspl.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * One joint planning item: what must be in place in an area, for a region or (without a region) for
 * the secretariat nationally, who owns it, by when, how it stands, and the scenario runs that show
 * why it is needed.
 *
 * @param region null for the secretariat's national items
 * @param gap the gap the item closes, or its description
 * @param owner the person or role responsible
 * @param organisation the responsible organisation
 * @param linkedRuns the scenario runs that motivate the item, in the order given
 */
public record PlanningItem(
        UUID id,
        PlanningArea area,
        @Nullable RegionCode region,
        String title,
        @Nullable String gap,
        String owner,
        String organisation,
        PlanningStatus status,
        LocalDate dueOn,
        List<UUID> linkedRuns,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public PlanningItem {
        linkedRuns = List.copyOf(linkedRuns);
    }

    public boolean national() {
        return region == null;
    }

    public boolean overdueOn(LocalDate today) {
        return Standing.overdue(status, dueOn, today);
    }

    public Standing standingOn(LocalDate today) {
        return Standing.of(status, dueOn, today);
    }
}
