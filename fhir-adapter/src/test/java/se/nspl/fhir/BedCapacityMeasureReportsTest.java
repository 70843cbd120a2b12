package se.nspl.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.fhir.BedCapacityReport.BedCounts;
import se.nspl.fhir.FhirIssue.Type;

class BedCapacityMeasureReportsTest {

    static final Set<String> CARE_LEVELS = Set.of("ICU_VENT", "ICU", "ECMO", "WARD");
    static final UUID UNIT = UUID.fromString("6f1c1f0e-3d7a-4f3b-9a55-0c6f2b9d1e21");

    final BedCapacityMeasureReports fhir = new BedCapacityMeasureReports(CARE_LEVELS);

    static BedCapacityReport icuReport() {
        var levels = new LinkedHashMap<String, BedCounts>();
        levels.put("ICU", new BedCounts(12, 9, 2, 4));
        levels.put("ICU_VENT", new BedCounts(6, 6, null, null));
        return new BedCapacityReport(
                UNIT,
                Instant.parse("2026-11-26T07:45:12.123456Z"),
                levels,
                "RESTRICTED",
                List.of("STAFF", "EQUIPMENT"),
                "DIVERTING",
                5,
                1,
                40,
                12,
                "Två sjuksköterskor sjuka");
    }

    @Test
    void aReportWrittenAndReadBackIsTheSame() {
        var report = icuReport();

        var read = fhir.read(fhir.write(report));

        assertThat(read.report())
                .usingRecursiveComparison()
                .ignoringFields("restrictions")
                .isEqualTo(report);
        assertThat(read.report().restrictions()).containsExactlyInAnyOrder("STAFF", "EQUIPMENT");
    }

    @Test
    void aStoredReportExportedAndReadBackIsTheSameAndCarriesItsRecording() {
        var id = UUID.randomUUID();
        var recording = new Recording(
                id,
                3,
                Instant.parse("2026-11-26T07:46:00Z"),
                Optional.of(UUID.randomUUID()),
                Optional.empty(),
                List.of("staffed beds doubled"));

        String json = fhir.write(new Recording.Report(icuReport(), recording));

        assertThat(json)
                .contains("\"id\":\"" + id + "\"")
                .contains("\"versionId\":\"3\"")
                .contains("\"measure\":\"" + BedCapacityMeasure.URL + "\"")
                .contains("\"reference\":\"Location/" + UNIT + "\"")
                .contains(BedCapacityMeasure.WARNING);
        assertThat(fhir.read(json).report().levels()).isEqualTo(icuReport().levels());
    }

    @Test
    void writesTheDerivedAvailableBedsAndAcceptsThemWhenTheyAddUp() {
        String json = fhir.write(icuReport());

        assertThat(json).contains("\"code\":\"available\"}]},\"count\":3");
        assertThat(fhir.read(json).report().levels().get("ICU").staffed()).isEqualTo(12);
    }

    @Test
    void namesEachFieldOfTheReportByItsPathInTheResource() {
        var read = fhir.read(fhir.write(icuReport()));

        assertThat(read.pathOf("levels.ICU.occupied")).isEqualTo("MeasureReport.group[0].population[1].count");
        assertThat(read.pathOf("levels.ICU_VENT")).isEqualTo("MeasureReport.group[1].code");
        assertThat(read.pathOf("levels.ICU_VENT.surge24h")).isEqualTo("MeasureReport.group[1].code");
        assertThat(read.pathOf("ventilatedPatients")).isEqualTo("MeasureReport.group[2].population[0].count");
        assertThat(read.pathOf("observedAt")).isEqualTo("MeasureReport.period.start");
        assertThat(read.pathOf("operationalStatus")).isEqualTo("MeasureReport.extension[0].value");
        assertThat(read.pathOf("unitId")).isEqualTo("MeasureReport.subject");
        assertThat(read.pathOf("somethingElse")).isEqualTo("MeasureReport");
    }

    @Test
    void takesTheUnitFromAnIdentifierAndTheTimeFromDateWhenThereIsNoPeriod() {
        String json = """
                {"resourceType": "MeasureReport", "status": "complete", "type": "summary",
                 "measure": "https://nspl.se/fhir/Measure/bed-capacity|1.0",
                 "subject": {"identifier": {"system": "https://nspl.se/fhir/NamingSystem/unit-id",
                                            "value": "%s"}},
                 "date": "2026-11-26T08:45:00+01:00",
                 "group": [{"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/care-level", "code": "WARD"}]},
                            "population": [
                              {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "staffed"}]}, "count": 20},
                              {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "occupied"}]}, "count": 25},
                              {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "available"}]}, "count": -5}]}]}
                """.formatted(UNIT);

        var report = fhir.read(json).report();

        assertThat(report.unitId()).isEqualTo(UNIT);
        assertThat(report.observedAt()).isEqualTo(Instant.parse("2026-11-26T07:45:00Z"));
        assertThat(report.levels()).containsEntry("WARD", new BedCounts(20, 25, null, null));
    }

    @Test
    void refusesABodyThatIsNotJsonAsUnreadable() {
        var e = refused("{\"resourceType\": \"MeasureReport\", \"status\": ");

        assertThat(e.unreadable()).isTrue();
        assertThat(e.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.type()).isEqualTo(Type.STRUCTURE);
            assertThat(issue.expression()).isEqualTo("MeasureReport");
        });
    }

    @Test
    void refusesAnotherResourceTypeAsUnreadable() {
        var e = refused("{\"resourceType\": \"Patient\", \"active\": true}");

        assertThat(e.unreadable()).isTrue();
        assertThat(e.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.expression()).isEqualTo("resourceType");
            assertThat(issue.diagnostics()).contains("Patient");
        });
    }

    @Test
    void refusesUnknownElementsAndCountsOfTheWrongType() {
        String json = valid().replace("\"count\":12", "\"count\":\"twelve\"")
                .replace("\"status\"", "\"colour\":\"red\",\"status\"");

        var e = refused(json);

        assertThat(e.unreadable()).isTrue();
        assertThat(e.issues()).extracting(FhirIssue::expression).contains("MeasureReport.colour");
        assertThat(e.issues()).extracting(FhirIssue::diagnostics).contains("'twelve' is not a valid value here");
    }

    @Test
    void refusesMissingAndNegativeCountsNamingEachPopulation() {
        String json = valid().replaceFirst(",\"count\":12", "").replace("\"count\":9", "\"count\":-1");

        var e = refused(json);

        assertThat(e.unreadable()).isFalse();
        assertThat(e.issues())
                .extracting(FhirIssue::expression, FhirIssue::type)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "MeasureReport.group[0].population[0].count", Type.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("MeasureReport.group[0].population[1].count", Type.VALUE));
    }

    @Test
    void refusesUnknownCareLevelsGroupsAndPopulations() {
        String json = valid().replace("\"code\":\"ICU_VENT\"", "\"code\":\"IVA\"")
                .replace("\"code\":\"reserve-7d\"", "\"code\":\"free\"")
                .replace("\"code\":\"intensive-care-patients\"", "\"code\":\"patients\"");

        var e = refused(json);

        assertThat(e.issues())
                .extracting(FhirIssue::expression)
                .containsExactlyInAnyOrder(
                        "MeasureReport.group[0].population[4].code",
                        "MeasureReport.group[1].code.coding[0].code",
                        "MeasureReport.group[2].code.coding[0].code");
        assertThat(e.issues()).allSatisfy(issue -> assertThat(issue.type()).isEqualTo(Type.CODE_INVALID));
    }

    @Test
    void refusesAvailableBedsThatDoNotAddUp() {
        var e = refused(valid().replace("\"count\":3", "\"count\":4"));

        assertThat(e.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.expression()).isEqualTo("MeasureReport.group[0].population[2].count");
            assertThat(issue.diagnostics()).contains("staffed − occupied = 3");
        });
    }

    @Test
    void refusesAReportOfAnotherMeasureWithoutStatusOrSubject() {
        String json = valid().replace(BedCapacityMeasure.URL, "http://example.org/Measure/other")
                .replace("\"status\":\"complete\",", "")
                .replaceAll("\"subject\":\\{[^}]*\\{[^}]*\\}\\},", "");

        var e = refused(json);

        assertThat(e.issues())
                .extracting(FhirIssue::expression)
                .containsExactlyInAnyOrder("MeasureReport.status", "MeasureReport.measure", "MeasureReport.subject");
    }

    @Test
    void refusesASubjectThatIsNotAUnit() {
        var e = refused(valid().replace("Location/" + UNIT, "Patient/" + UNIT));

        assertThat(e.issues()).extracting(FhirIssue::expression).containsExactly("MeasureReport.subject.reference");
    }

    @Test
    void refusesAnObservationTimeWithoutTimeZone() {
        var e = refused(valid().replace("2026-11-26T07:45:12.123456Z\",\"end", "2026-11-26\",\"end"));

        assertThat(e.issues()).extracting(FhirIssue::expression).containsExactly("MeasureReport.period.start");
    }

    @Test
    void writesIssuesAsAnOperationOutcome() {
        String json = fhir.operationOutcome(List.of(new FhirIssue(
                Type.CODE_INVALID, "MeasureReport.group[1].code.coding[0].code", "unknown care level 'IVA'")));

        assertThat(json)
                .contains("\"resourceType\":\"OperationOutcome\"")
                .contains("\"severity\":\"error\"")
                .contains("\"code\":\"code-invalid\"")
                .contains("\"expression\":[\"MeasureReport.group[1].code.coding[0].code\"]");
    }

    @Test
    void writesSearchResultsAsASearchsetBundle() {
        var id = UUID.randomUUID();
        var recording = new Recording(id, 0, Instant.now(), Optional.empty(), Optional.empty(), List.of());

        String json = fhir.searchset(
                List.of(new Recording.Report(icuReport(), recording)), "http://h/fhir", "http://h/fhir/MeasureReport");

        assertThat(json)
                .contains("\"type\":\"searchset\"")
                .contains("\"total\":1")
                .contains("\"fullUrl\":\"http://h/fhir/MeasureReport/" + id + "\"");
    }

    private String valid() {
        return fhir.write(icuReport());
    }

    private FhirInputException refused(String json) {
        var e = catchThrowableOfType(FhirInputException.class, () -> fhir.read(json));
        assertThat(e).as("refused: " + json).isNotNull();
        assertThat(e.issues()).isNotEmpty();
        return e;
    }
}
