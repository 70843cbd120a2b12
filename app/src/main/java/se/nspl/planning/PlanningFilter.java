package se.nspl.planning;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.InvalidInputException;

/**
 * Which items a list shows; every part optional. {@code region} is a region's code or
 * {@code national} for the secretariat's own items.
 */
public record PlanningFilter(
        @Nullable String region,
        @Nullable PlanningArea area,
        @Nullable PlanningStatus status,
        boolean overdueOnly) {

    public static final String NATIONAL = "national";

    public static final PlanningFilter ALL = new PlanningFilter(null, null, null, false);

    public PlanningFilter {
        region = region == null || region.isBlank() ? null : region.strip().toLowerCase(Locale.ROOT);
        if (region != null && !region.equals(NATIONAL) && !region.matches("\\d{2}")) {
            throw new InvalidInputException("region", "must be a region's two-digit code or national");
        }
    }

    public Predicate<PlanningItem> on(LocalDate today) {
        return item -> (region == null
                        || (region.equals(NATIONAL)
                                ? item.national()
                                : !item.national() && item.region().value().equals(region)))
                && (area == null || item.area() == area)
                && (status == null || item.status() == status)
                && (!overdueOnly || item.overdueOn(today));
    }
}
