package se.nspl.fhir;

/**
 * One problem with a request, as an {@code OperationOutcome.issue} of severity error.
 *
 * @param expression where: a FHIRPath-like path such as {@code MeasureReport.group[1].population[0].count}
 * @param diagnostics what is wrong, for a person to read
 */
public record FhirIssue(Type type, String expression, String diagnostics) {

    /** The issue types of FHIR R4 that the platform answers with. */
    public enum Type {
        STRUCTURE("structure"),
        REQUIRED("required"),
        VALUE("value"),
        INVARIANT("invariant"),
        CODE_INVALID("code-invalid"),
        NOT_SUPPORTED("not-supported"),
        DUPLICATE("duplicate"),
        BUSINESS_RULE("business-rule"),
        NOT_FOUND("not-found"),
        FORBIDDEN("forbidden"),
        LOGIN("login"),
        CONFLICT("conflict"),
        EXCEPTION("exception");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
