package se.nspl.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.Instant;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.capacity.StatusReports;
import se.nspl.fhir.BedCapacityMeasure;

/**
 * A real FHIR client against the running server: HAPI FHIR's generic client with a bearer token.
 * Reports for Norrtälje sjukhus (region 01), which no other test but the FHIR ones reports for.
 */
class FhirClientTest extends ApiTest {

    @Autowired
    StatusReports reports;

    IGenericClient client;
    String unit;

    @BeforeEach
    void connectTheClient() {
        unit = FhirTestUnits.norrtalje(api, "ADULT_ICU");
        var context = FhirContext.forR4Cached();
        // the server publishes no CapabilityStatement (/metadata) to check first
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        client = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        client.registerInterceptor(new BearerTokenAuthInterceptor(api.tokenFor(TestAccounts.STOCKHOLM)));
    }

    @Test
    void createsReadsAndSearchesMeasureReports() {
        var outcome = client.create().resource(measureReport(12, 8)).execute();

        assertThat(outcome.getCreated()).isTrue();
        String id = outcome.getId().getIdPart();
        var read = client.read().resource(MeasureReport.class).withId(id).execute();
        assertThat(read.getMeasure()).isEqualTo(BedCapacityMeasure.URL);
        assertThat(read.getGroupFirstRep().getPopulation())
                .extracting(p -> p.getCode().getCodingFirstRep().getCode() + "=" + p.getCount())
                .contains("staffed=12", "occupied=8", "available=4");
        Bundle found = client.search()
                .forResource(MeasureReport.class)
                .where(MeasureReport.SUBJECT.hasId("Location/" + unit))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(found.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(found.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains(id);
    }

    @Test
    void aMalformedReportGetsAnOperationOutcomeAndNothingIsStored() {
        int before = reports.history(UUID.fromString(unit), 500).size();
        var negative = measureReport(12, -1);

        var e = catchThrowableOfType(
                UnprocessableEntityException.class,
                () -> client.create().resource(negative).execute());

        assertThat(e).isNotNull();
        var outcome = (OperationOutcome) e.getOperationOutcome();
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
}
