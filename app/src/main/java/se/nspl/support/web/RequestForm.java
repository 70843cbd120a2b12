package se.nspl.support.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.RegionCode;
import se.nspl.support.SupportDesk.ItemDraft;
import se.nspl.support.SupportDesk.RequestDraft;
import se.nspl.support.SupportType;
import se.nspl.support.Transport;
import se.nspl.support.Urgency;

/**
 * The request form as posted: patients per care level ({@code level.ICU}), up to {@link #KINDS}
 * free kinds ({@code kind1}, {@code kindQuantity1}), times as the reader's local time. Reads it
 * into a {@link RequestDraft} and maps the desk's field paths ({@code items[2].quantity}) back to
 * the form's fields.
 */
final class RequestForm {

    static final int KINDS = 3;
    static final ZoneId LOCAL = ZoneId.of("Europe/Stockholm");

    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)](?:\\.(\\w+))?");

    private final RequestDraft draft;
    /** Per item of the draft, in order: its quantity's form field and what it is's (the same for a level). */
    private final List<String[]> itemFields;

    private RequestForm(RequestDraft draft, List<String[]> itemFields) {
        this.draft = draft;
        this.itemFields = itemFields;
    }

    RequestDraft draft() {
        return draft;
    }

    /**
     * Reads the posted form.
     *
     * @param ownRegion the coordinator's region, which a coordinator's request always comes from;
     *     null for the secretariat, which names the region or the organisation
     * @throws InvalidInputException for a field that cannot be read at all (a time or a count)
     */
    static RequestForm read(Map<String, String> form, @Nullable RegionCode ownRegion) {
        var errors = new ArrayList<FieldError>();
        var items = new ArrayList<ItemDraft>();
        var itemFields = new ArrayList<String[]>();
        for (var level : CareLevel.values()) {
            String field = "level." + level;
            Integer quantity = count(form, field, errors);
            if (quantity != null) {
                items.add(new ItemDraft(level, null, quantity));
                itemFields.add(new String[] {field, field});
            }
        }
        for (int i = 1; i <= KINDS; i++) {
            String kind = blankToNull(form.get("kind" + i));
            Integer quantity = count(form, "kindQuantity" + i, errors);
            if (kind != null || quantity != null) {
                items.add(new ItemDraft(null, kind, quantity == null ? 0 : quantity));
                itemFields.add(new String[] {"kindQuantity" + i, "kind" + i});
            }
        }
        RegionCode region = ownRegion;
        if (region == null && blankToNull(form.get("region")) != null) {
            try {
                region = RegionCode.of(form.get("region").strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded("region", "support.error.region", "no such region"));
            }
        }
        var draft = new RequestDraft(
                choice(SupportType.class, form.get("type")),
                region,
                ownRegion == null ? blankToNull(form.get("organisation")) : null,
                form.get("title"),
                blankToNull(form.get("description")),
                choice(Urgency.class, form.get("urgency")),
                time(form, "neededFrom", errors),
                time(form, "neededUntil", errors),
                choice(Transport.class, form.get("transport")),
                items);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RequestForm(draft, itemFields);
    }

    /** The form field a desk field path belongs to. */
    String fieldOf(String path) {
        var matcher = ITEM.matcher(path);
        if (!matcher.matches()) {
            return path;
        }
        int index = Integer.parseInt(matcher.group(1));
        if (index >= itemFields.size()) {
            return "items";
        }
        var fields = itemFields.get(index);
        // Its count goes to the quantity field; what it is (level, kind, or both at once) to the kind's.
        return "quantity".equals(matcher.group(2)) ? fields[0] : fields[1];
    }

    /** The value to show in a datetime-local field for an instant. */
    static String local(@Nullable Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, LOCAL).toString();
    }

    private static @Nullable Integer count(Map<String, String> form, String field, List<FieldError> errors) {
        String value = blankToNull(form.get(field));
        if (value == null) {
            return null;
        }
        try {
            int quantity = Integer.parseInt(value);
            return quantity == 0 ? null : quantity;
        } catch (NumberFormatException e) {
            errors.add(FieldError.coded(field, "support.error.wholeNumber", "must be a whole number"));
            return null;
        }
    }

    private static @Nullable Instant time(Map<String, String> form, String field, List<FieldError> errors) {
        String value = blankToNull(form.get(field));
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(LOCAL).toInstant();
        } catch (DateTimeException e) {
            errors.add(
                    FieldError.coded(field, "support.error.time", "must be a date and time such as 2026-11-26T08:00"));
            return null;
        }
    }

    static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
