package se.nspl.fhir;

import java.util.List;

/**
 * A resource that cannot be accepted, with every issue found. {@link #unreadable()} tells a body
 * that is not a FHIR R4 MeasureReport at all (HTTP 400) from one that breaks the measure's rules (422).
 */
public class FhirInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FhirIssue> issues;
    private final boolean unreadable;

    FhirInputException(List<FhirIssue> issues, boolean unreadable) {
        super(issues.stream()
                .map(i -> i.expression() + ": " + i.diagnostics())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid"));
        this.issues = List.copyOf(issues);
        this.unreadable = unreadable;
    }

    public List<FhirIssue> issues() {
        return issues;
    }

    public boolean unreadable() {
        return unreadable;
    }
}
