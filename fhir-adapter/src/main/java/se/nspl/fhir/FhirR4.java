package se.nspl.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/** The one FHIR R4 context of the process: building it scans the whole model, so it is made once. */
final class FhirR4 {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private FhirR4() {}

    /** A new parser: parsers are cheap but not thread-safe. */
    static IParser jsonParser() {
        return CONTEXT.newJsonParser();
    }
}
