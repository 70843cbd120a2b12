package se.nspl.fhir;

import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The bed-capacity measure's resources as JSON: MeasureReports read into {@link BedCapacityReport}s
 * and written from them, search results as a Bundle, errors as an OperationOutcome. Thread-safe;
 * one instance serves the whole application.
 */
public final class BedCapacityMeasureReports {

    private final Set<String> careLevels;

    /** @param careLevels the care-level codes a group may carry (the platform's care levels) */
    public BedCapacityMeasureReports(Set<String> careLevels) {
        this.careLevels = Set.copyOf(careLevels);
    }

    /**
     * Reads a MeasureReport of the bed-capacity measure.
     *
     * @throws FhirInputException naming every issue found, with its path in the resource
     */
    public ReadReport read(String json) {
        return new MeasureReportReader(careLevels).read(json);
    }

    /** A report as a MeasureReport without id, as a client sends it. */
    public String write(BedCapacityReport report) {
        return FhirR4.jsonParser().encodeResourceToString(MeasureReportWriter.toResource(report, null));
    }

    /** A stored report as a MeasureReport: id, version and time of receipt included. */
    public String write(Recording.Report stored) {
        return FhirR4.jsonParser()
                .encodeResourceToString(MeasureReportWriter.toResource(stored.report(), stored.recording()));
    }

    /**
     * Reports found by a search as a {@code searchset} Bundle, in the order given.
     *
     * @param base the server's FHIR base URL, for each entry's {@code fullUrl}
     * @param self the URL of the search itself
     */
    public String searchset(List<Recording.Report> found, String base, String self) {
        var bundle = new Bundle().setType(BundleType.SEARCHSET).setTotal(found.size());
        bundle.addLink().setRelation("self").setUrl(self);
        for (var stored : found) {
            var resource = MeasureReportWriter.toResource(stored.report(), stored.recording());
            bundle.addEntry()
                    .setFullUrl(base + "/MeasureReport/" + stored.recording().id())
                    .setResource(resource)
                    .getSearch()
                    .setMode(SearchEntryMode.MATCH);
        }
        return FhirR4.jsonParser().encodeResourceToString(bundle);
    }

    /** Issues as an OperationOutcome, each of severity error. */
    public String operationOutcome(List<FhirIssue> issues) {
        var outcome = new OperationOutcome();
        for (var issue : issues) {
            var component = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.fromCode(issue.type().code()))
                    .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
        }
        return FhirR4.jsonParser().encodeResourceToString(outcome);
    }
}
