package se.nspl.support.web;

import java.util.List;
import java.util.Set;
import se.nspl.support.SupportAction;

/**
 * A step on a request as the page offers it: a button, with a text field when the step carries a
 * text (required for a question and its answer).
 *
 * @param path the last part of {@code POST /support/{id}/…}
 */
public record StepForm(String path, SupportAction action, boolean text, boolean textRequired) {

    /** In the order the page shows them: forward steps first, the ends last. */
    static final List<StepForm> ALL = List.of(
            new StepForm("submit", SupportAction.SUBMIT, false, false),
            new StepForm("approve", SupportAction.APPROVE, true, false),
            new StepForm("request-information", SupportAction.REQUEST_INFORMATION, true, true),
            new StepForm("answer", SupportAction.ANSWER, true, true),
            new StepForm("close", SupportAction.CLOSE, true, false),
            new StepForm("cancel", SupportAction.CANCEL, true, false));

    static List<StepForm> allowed(Set<SupportAction> actions) {
        return ALL.stream().filter(s -> actions.contains(s.action())).toList();
    }
}
