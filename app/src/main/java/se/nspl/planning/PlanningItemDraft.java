package se.nspl.planning;

import static se.nspl.shared.InvalidInputException.FieldError.coded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.Classification;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.RegionCode;

/**
 * A planning item as its writer sends it. Without a region it is the secretariat's national item;
 * without a status it is not started.
 *
 * @param region a region's two-digit code, or null (or blank) for a national item
 * @param linkedRuns ids of the scenario runs that motivate the item
 */
public record PlanningItemDraft(
        @Nullable PlanningArea area,
        @Nullable String region,
        @Nullable String title,
        @Nullable String gap,
        @Nullable String owner,
        @Nullable String organisation,
        @Nullable PlanningStatus status,
        @Nullable LocalDate dueOn,
        @Nullable List<java.util.UUID> linkedRuns) {

    static final int MAX_TITLE = 200;
    static final int MAX_GAP = 4000;
    static final int MAX_OWNER = 200;
    static final int MAX_RUNS = 10;

    /** The rules a draft breaks on its own, every one named by its field. */
    public List<FieldError> errors() {
        var errors = new ArrayList<FieldError>();
        if (area == null) {
            errors.add(coded("area", "planning.error.required", "must be one of the areas"));
        }
        if (region != null && !region.isBlank() && !region.strip().matches("\\d{2}")) {
            errors.add(coded(
                    "region", "planning.error.region", "must be a region's two-digit code, or empty for national"));
        }
        text(title, "title", MAX_TITLE, true, errors);
        text(gap, "gap", MAX_GAP, false, errors);
        text(owner, "owner", MAX_OWNER, true, errors);
        text(organisation, "organisation", MAX_OWNER, true, errors);
        // No security-classified content on this platform (docs/security.md).
        Classification.check("title", title, errors);
        Classification.check("gap", gap, errors);
        Classification.check("owner", owner, errors);
        Classification.check("organisation", organisation, errors);
        if (dueOn == null) {
            errors.add(coded("dueOn", "planning.error.dueOn", "must be a date written as 2026-05-31"));
        }
        if (runs().size() > MAX_RUNS) {
            errors.add(coded("linkedRuns", "planning.error.tooManyRuns", "at most " + MAX_RUNS + " runs", MAX_RUNS));
        }
        return errors;
    }

    void check() {
        var errors = errors();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @Nullable
    RegionCode regionCode() {
        return region == null || region.isBlank() ? null : new RegionCode(region.strip());
    }

    @Override
    public PlanningStatus status() {
        return status == null ? PlanningStatus.NOT_STARTED : status;
    }

    /** The linked runs, each once, in the order given. */
    List<java.util.UUID> runs() {
        return linkedRuns == null ? List.of() : linkedRuns.stream().distinct().toList();
    }

    private static void text(@Nullable String text, String field, int max, boolean required, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(coded(field, "planning.error.required", "must not be empty"));
            }
        } else if (text.strip().length() > max) {
            errors.add(coded(field, "planning.error.tooLong", "must be at most " + max + " characters", max));
        }
    }

    @Nullable
    static String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
