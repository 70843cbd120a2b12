package se.nspl.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.utils.client.EFhirClientException;
import org.hl7.fhir.r4.utils.client.FHIRToolingClient;
import org.hl7.fhir.r4.utils.client.ResourceFormat;
import org.hl7.fhir.utilities.http.HTTPHeader;
import org.hl7.fhir.utilities.http.HTTPRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.capacity.StatusReports;
import se.nspl.fhir.BedCapacityMeasure;

/**
 * A real FHIR client against the running server: HL7's reference Java client (FHIRToolingClient
 * of org.hl7.fhir.core) with a bearer token in its headers. Reports for Norrtälje sjukhus
 * (region 01), which no other test but the FHIR ones reports for.
 */
class FhirClientTest extends ApiTest {

    @Autowired
    StatusReports reports;

    FHIRToolingClient client;
    List<HTTPHeader> bearer;
    String unit;

    @BeforeEach
    void connectTheClient() throws Exception {
        unit = FhirTestUnits.norrtalje(api, "ADULT_ICU");
        bearer = List.of(new HTTPHeader("Authorization", "Bearer " + api.tokenFor(TestAccounts.STOCKHOLM)));
        client = new FHIRToolingClient("http://localhost:" + port + "/fhir", "nspl-test");
        client.setPreferredResourceFormat(ResourceFormat.RESOURCE_JSON);
        client.setClientHeaders(bearer);
    }

    @Test
    void createsReadsAndSearchesMeasureReports() throws Exception {
        var created = create(measureReport(12, 8));

        assertThat(created.getId()).isNotBlank();
        var read = client.read(MeasureReport.class, created.getIdElement().getIdPart());
        assertThat(read.getMeasure()).isEqualTo(BedCapacityMeasure.URL);
        assertThat(read.getGroupFirstRep().getPopulation())
                .extracting(p -> p.getCode().getCodingFirstRep().getCode() + "=" + p.getCount())
                .contains("staffed=12", "occupied=8", "available=4");
        Bundle found = search("subject=Location/" + unit);
        assertThat(found.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(found.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(created.getIdElement().getIdPart());
    }

    @Test
    void aMalformedReportGetsAnOperationOutcomeAndNothingIsStored() throws Exception {
        int before = reports.history(UUID.fromString(unit), 500).size();
        var negative = measureReport(12, -1);

        var e = catchThrowableOfType(EFhirClientException.class, () -> create(negative));

        assertThat(e).isNotNull();
        assertThat(e.getCode()).isEqualTo(422);
        assertThat(e.getServerErrors()).isNotEmpty();
        OperationOutcome outcome = e.getServerErrors().get(0);
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("MeasureReport.group[0].population[1].count");
        assertThat(reports.history(UUID.fromString(unit), 500)).hasSize(before);
    }

    private MeasureReport measureReport(int staffed, int occupied) {
        var report = new MeasureReport()
                .setStatus(MeasureReportStatus.COMPLETE)
                .setType(MeasureReportType.SUMMARY)
                .setMeasure(BedCapacityMeasure.URL)
                .setSubject(new Reference("Location/" + unit))
                .setPeriod(new Period()
                        .setStartElement(
                                new DateTimeType(Instant.now().minusSeconds(60).toString())));
        var group = report.addGroup()
                .setCode(new CodeableConcept(new Coding(BedCapacityMeasure.CARE_LEVEL_SYSTEM, "ICU", null)));
        group.addPopulation()
                .setCode(new CodeableConcept(new Coding(BedCapacityMeasure.CODE_SYSTEM, "staffed", null)))
                .setCount(staffed);
        group.addPopulation()
                .setCode(new CodeableConcept(new Coding(BedCapacityMeasure.CODE_SYSTEM, "occupied", null)))
                .setCount(occupied);
        return report;
    }

    /** FHIR search: the tooling client's own search sends no client headers, so through its HTTP layer. */
    private Bundle search(String query) throws Exception {
        var request = new HTTPRequest()
                .withUrl(client.getAddress() + "/MeasureReport?" + query)
                .withMethod(HTTPRequest.HttpMethod.GET)
                .withHeaders(bearer);
        return client.getClient()
                .executeBundleRequest(request, ResourceFormat.RESOURCE_JSON.getHeader(), bearer, "search", 1, 30_000);
    }

    /** FHIR create: the tooling client has no create of its own, so through its HTTP layer. */
    private MeasureReport create(MeasureReport report) throws Exception {
        byte[] body = ca.uhn.fhir.context.FhirContext.forR4Cached()
                .newJsonParser()
                .encodeResourceToString(report)
                .getBytes(StandardCharsets.UTF_8);
        var response = client.getClient()
                .<MeasureReport>issuePostRequest(
                        URI.create(client.getAddress() + "/MeasureReport"),
                        body,
                        ResourceFormat.RESOURCE_JSON.getHeader(),
                        bearer,
                        "create",
                        30_000);
        assertThat(response.getHttpStatus()).isEqualTo(201);
        return response.getPayload();
    }
}
