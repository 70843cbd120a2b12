package se.nspl.planning.web;

import static se.nspl.shared.InvalidInputException.FieldError.coded;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import se.nspl.planning.PlanningArea;
import se.nspl.planning.PlanningItem;
import se.nspl.planning.PlanningItemDraft;
import se.nspl.planning.PlanningStatus;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * The item form's fields, read into a draft. Runs are pasted as ids or as the addresses of their
 * pages, one or more a line; what cannot be read is named by its field, with the draft's own rules.
 */
final class ItemForm {

    static final List<String> FIELDS =
            List.of("area", "region", "title", "gap", "owner", "organisation", "status", "dueOn", "linkedRuns");

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ItemForm() {}

    /** The draft of the form's values; every field it cannot read named at once with the draft's rules. */
    static PlanningItemDraft read(Map<String, String> form) {
        var errors = new ArrayList<FieldError>();
        var area = enumOf(PlanningArea.class, form.get("area"), "area", errors);
        var status = enumOf(PlanningStatus.class, form.get("status"), "status", errors);
        LocalDate dueOn = null;
        String due = form.getOrDefault("dueOn", "").strip();
        if (!due.isEmpty()) {
            try {
                dueOn = LocalDate.parse(due);
            } catch (DateTimeParseException e) {
                errors.add(coded("dueOn", "planning.error.dueOn", "must be a date written as 2026-05-31"));
            }
        }
        var runs = new ArrayList<UUID>();
        for (String token : form.getOrDefault("linkedRuns", "").split("[\\s,]+")) {
            if (token.isBlank()) {
                continue;
            }
            var matcher = UUID_PATTERN.matcher(token);
            if (matcher.find()) {
                runs.add(UUID.fromString(matcher.group()));
            } else {
                errors.add(coded(
                        "linkedRuns", "planning.error.runId", "\"" + token + "\" is not a run's id or address", token));
            }
        }
        var draft = new PlanningItemDraft(
                area,
                form.get("region"),
                form.get("title"),
                form.get("gap"),
                form.get("owner"),
                form.get("organisation"),
                status,
                dueOn,
                runs);
        if (!errors.isEmpty()) {
            var named = errors.stream().map(FieldError::field).toList();
            draft.errors().stream().filter(e -> !named.contains(e.field())).forEach(errors::add);
            throw new InvalidInputException(errors);
        }
        return draft;
    }

    /** The form's field of a rule's field: {@code linkedRuns[2]} is the runs' text area. */
    static String fieldOf(String field) {
        return field.startsWith("linkedRuns") ? "linkedRuns" : field;
    }

    static Map<String, String> of(PlanningItem item) {
        var values = new LinkedHashMap<String, String>();
        values.put("area", item.area().name());
        values.put("region", item.national() ? "" : item.region().value());
        values.put("title", item.title());
        values.put("gap", item.gap() == null ? "" : item.gap());
        values.put("owner", item.owner());
        values.put("organisation", item.organisation());
        values.put("status", item.status().name());
        values.put("dueOn", item.dueOn().toString());
        values.put(
                "linkedRuns",
                String.join("\n", item.linkedRuns().stream().map(UUID::toString).toList()));
        return values;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(coded(field, "planning.error.choice", "must be one of the choices"));
            return null;
        }
    }
}
