package se.nspl.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * A steering-group meeting as the secretariat writes it down: when, what about, the decisions in
 * the order of the minutes, and the follow-up actions (an action keeps its id when revised).
 */
public record MeetingDraft(
        @Nullable LocalDate heldOn,
        @Nullable String title,
        @Nullable String notes,
        @Nullable List<String> decisions,
        @Nullable List<ActionDraft> actions) {

    /** A follow-up action; without an id it is new, without a status it is open. */
    public record ActionDraft(
            @Nullable UUID id,
            @Nullable String text,
            @Nullable String responsible,
            @Nullable LocalDate dueOn,
            @Nullable ActionStatus status) {}

    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 4000;
    static final int MAX_TEXT = 2000;
    static final int MAX_RESPONSIBLE = 200;
    static final int MAX_ITEMS = 50;

    /** The rules every meeting keeps, each broken one named by its field. */
    void check() {
        var errors = new ArrayList<FieldError>();
        if (heldOn == null) {
            errors.add(new FieldError("heldOn", "must be the date of the meeting"));
        }
        Texts.require(title, "title", MAX_TITLE, errors);
        Texts.limit(notes, "notes", MAX_NOTES, errors);
        var decisionList = decisions == null ? List.<String>of() : decisions;
        if (decisionList.size() > MAX_ITEMS) {
            errors.add(new FieldError("decisions", "at most " + MAX_ITEMS + " decisions"));
        }
        for (int i = 0; i < decisionList.size(); i++) {
            Texts.require(decisionList.get(i), "decisions[" + i + "]", MAX_TEXT, errors);
        }
        var actionList = actions == null ? List.<ActionDraft>of() : actions;
        if (actionList.size() > MAX_ITEMS) {
            errors.add(new FieldError("actions", "at most " + MAX_ITEMS + " actions"));
        }
        var ids = new HashSet<UUID>();
        for (int i = 0; i < actionList.size(); i++) {
            var action = actionList.get(i);
            String at = "actions[" + i + "].";
            if (action == null) {
                errors.add(new FieldError("actions[" + i + "]", "must be an action with a text"));
                continue;
            }
            Texts.require(action.text(), at + "text", MAX_TEXT, errors);
            Texts.limit(action.responsible(), at + "responsible", MAX_RESPONSIBLE, errors);
            if (action.id() != null && !ids.add(action.id())) {
                errors.add(new FieldError(at + "id", "the same action is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }

    List<String> decisionTexts() {
        return decisions == null
                ? List.of()
                : decisions.stream().map(String::strip).toList();
    }

    List<ActionDraft> actionDrafts() {
        return actions == null ? List.of() : actions;
    }
}
