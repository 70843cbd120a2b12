package se.nspl.capacity.edxl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.nspl.capacity.EdStatus;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.OperationalStatus;
import se.nspl.capacity.Restriction;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.UnitStatus;
import se.nspl.capacity.edxl.HaveExport.HospitalCapacity;
import se.nspl.capacity.edxl.HaveExport.UnitCapacity;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.RegionCode;

/** The EDXL-HAVE mapping without Spring: export, import, and what malformed input gets. */
class EdxlHaveMappingTest {

    static final Instant OBSERVED = Instant.parse("2026-03-02T07:15:30.123456Z");
    static final RegionCode REGION = RegionCode.of("24");

    final Hospital hospital = hospital("Testsjukhuset");
    final ReportingUnit icu = unit(hospital, "IVA", UnitKind.ADULT_ICU);
    final ReportingUnit ward = unit(hospital, "Vårdavdelningar", UnitKind.WARD);

    @Test
    void exportThenImportGivesTheSameFigures() {
        var icuStatus = status(
                Map.of(
                        CareLevel.ICU_VENT, new LevelFigures(8, 10, 2, 3),
                        CareLevel.ICU, new LevelFigures(6, 4, 1, 0),
                        CareLevel.ECMO, new LevelFigures(2, 1, 0, 1)),
                OperationalStatus.RESTRICTED,
                Set.of(Restriction.STAFF, Restriction.SUPPLIES),
                EdStatus.DIVERTING);
        var wardStatus = status(
                Map.of(
                        CareLevel.WARD,
                        new LevelFigures(40, 31, 5, 10),
                        CareLevel.WARD_BURNS,
                        new LevelFigures(4, 4, 0, 0)),
                OperationalStatus.RESTRICTED,
                Set.of(Restriction.STAFF, Restriction.SUPPLIES),
                EdStatus.DIVERTING);
        var lookup = new Lookup(Map.of(icu, report(icu, icuStatus), ward, report(ward, wardStatus)));

        var imported = HaveImport.read(in(export(lookup)), lookup);

        assertThat(imported.region()).isEqualTo(REGION);
        assertThat(imported.statuses()).hasSize(2);
        var byUnit = imported.statuses().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.unitId(), s -> s.status()));
        assertThat(byUnit.get(icu.id()).levels()).isEqualTo(icuStatus.levels());
        assertThat(byUnit.get(ward.id()).levels()).isEqualTo(wardStatus.levels());
        for (var status : byUnit.values()) {
            assertThat(status.observedAt()).isEqualTo(OBSERVED);
            assertThat(status.operationalStatus()).isEqualTo(OperationalStatus.RESTRICTED);
            assertThat(status.restrictions()).containsExactlyInAnyOrder(Restriction.STAFF, Restriction.SUPPLIES);
            assertThat(status.emergencyDepartment()).isEqualTo(EdStatus.DIVERTING);
        }
    }

    @Test
    void exportFollowsTheSchemasElementOrder() {
        var lookup = new Lookup(Map.of(icu, report(icu, icuOnly(12, 9))));

        String xml = export(lookup);

        assertThat(xml)
                .containsSubsequence(
                        "<have:HospitalStatus",
                        "<have:Hospital>",
                        "<have:Organization>",
                        "<have:OrganizationInformation>",
                        "<xnl:OrganisationName xnl:ID=\"" + hospital.id() + "\">",
                        "<have:HospitalBedCapacityStatus>",
                        "<have:BedCapacity>",
                        "<have:BedType>AdultICU</have:BedType>",
                        "<have:SubCategoryBedType>",
                        "<have:Capacity>",
                        "<have:CapacityStatus>Vacant/Available</have:CapacityStatus>",
                        "<have:AvailableCount>3</have:AvailableCount>",
                        "<have:BaselineCount>12</have:BaselineCount>",
                        "<have:AdditionalCapacityCount24Hr>0</have:AdditionalCapacityCount24Hr>",
                        "<have:HospitalFacilityStatus>",
                        "<have:HospitalResourcesStatus>",
                        "<have:Staffing>",
                        "<have:FacilityOperations>",
                        "<have:ClinicalOperations>",
                        "<have:LastUpdateTime>2026-03-02T07:15:30.123456Z</have:LastUpdateTime>");
    }

    @Test
    void aForeignDocumentWithoutNsplExtensionsMapsByBedType() {
        var lookup = new Lookup(Map.of());
        String xml =
                document(hospitalXml(hospital.id(), bed("AdultICU", 10, 4, null) + bed("MedicalSurgical", 30, 2, 5)));

        var imported = HaveImport.read(in(xml), lookup);

        var byUnit = imported.statuses().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.unitId(), s -> s.status()));
        assertThat(byUnit.get(icu.id()).levels()).isEqualTo(Map.of(CareLevel.ICU, new LevelFigures(10, 6, 0, 0)));
        assertThat(byUnit.get(ward.id()).levels()).isEqualTo(Map.of(CareLevel.WARD, new LevelFigures(30, 28, 5, 0)));
    }

    @Test
    void refusesAnExternalEntityWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE HospitalStatus [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n"
                + document(hospitalXml(hospital.id(), bed("AdultICU", 10, "&xxe;", null)))
                        .replaceFirst("<\\?xml[^>]*>", "");

        var errors = errors(xml);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("line 2").contains("DOCTYPE");
            assertThat(e.message() + e.field()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void refusesTheBillionLaughs() {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"");
            entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE HospitalStatus [" + entities + "]>" + "<HospitalStatus xmlns=\""
                + EdxlHave.NAMESPACE + "\">&lol9;</HospitalStatus>";

        assertThat(errors(xml))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("DOCTYPE"));
    }

    @Test
    void refusesADocumentNestedTooDeeplyNamingTheLine() {
        // found by HospitalStatusDocumentFuzzTest: this error alone named no line
        String xml = "<a>\n".repeat(40) + "</a>".repeat(40);

        assertThat(errors(xml))
                .singleElement()
                .satisfies(e -> assertThat(e.message())
                        .isEqualTo("line 33: the document is nested deeper than 32 or has more than 200000 elements"));
    }

    @Test
    void refusesAnotherNamespace() {
        String xml = document(hospitalXml(hospital.id(), bed("AdultICU", 10, 4, null)))
                .replace(EdxlHave.NAMESPACE, "urn:oasis:names:tc:emergency:edxl:have:2.0");

        assertThat(errors(xml)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("HospitalStatus");
            assertThat(e.message()).contains("line 2").contains(EdxlHave.NAMESPACE);
        });
    }

    @Test
    void refusesAnUnknownHospital() {
        String xml = document(hospitalXml(UUID.randomUUID(), bed("AdultICU", 10, 4, null)));

        assertThat(errors(xml))
                .extracting(FieldError::field)
                .containsExactly(
                        "HospitalStatus/Hospital[1]/Organization/OrganizationInformation/OrganisationName/@ID");
    }

    @Test
    void refusesNegativeCountsNamingTheElement() {
        String xml =
                document(hospitalXml(hospital.id(), bed("AdultICU", 10, 4, null) + bed("MedicalSurgical", -3, 0, -1)));

        assertThat(errors(xml))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "HospitalStatus/Hospital[1]/HospitalBedCapacityStatus/BedCapacity[2]/Capacity/BaselineCount",
                        "HospitalStatus/Hospital[1]/HospitalBedCapacityStatus/BedCapacity[2]/Capacity/AdditionalCapacityCount24Hr");
    }

    @Test
    void namesEveryMissingElementWithItsLine() {
        String xml = document(hospitalXml(
                        hospital.id(),
                        "<BedCapacity><BedType>AdultICU</BedType><Capacity>"
                                + "<AvailableCount>2</AvailableCount></Capacity></BedCapacity>")
                .replaceFirst("<LastUpdateTime>[^<]*</LastUpdateTime>", ""));

        var errors = errors(xml);

        assertThat(errors)
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "HospitalStatus/Hospital[1]/LastUpdateTime",
                        "HospitalStatus/Hospital[1]/HospitalBedCapacityStatus/BedCapacity[1]/Capacity/BaselineCount");
        assertThat(errors)
                .allSatisfy(e -> assertThat(e.message()).startsWith("line ").contains("required"));
    }

    @Test
    void refusesBedTypesNsplHasNoLevelFor() {
        String xml = document(hospitalXml(hospital.id(), bed("OperatingRooms", 4, 1, null)));

        assertThat(errors(xml)).singleElement().satisfies(e -> {
            assertThat(e.field()).endsWith("BedCapacity[1]/BedType");
            assertThat(e.message()).contains("OperatingRooms");
        });
    }

    @Test
    void refusesMalformedXmlNamingTheLine() {
        String xml = document(hospitalXml(hospital.id(), bed("AdultICU", 10, 4, null)))
                .replace("</BedType>", "</Bed>");

        assertThat(errors(xml))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("not well-formed"));
    }

    @Test
    void rulesBrokenByTheFiguresAreNamedByElement() {
        var lookup = new Lookup(Map.of());
        var imported = HaveImport.read(in(document(hospitalXml(hospital.id(), bed("AdultICU", 10, 4, null)))), lookup);

        var paths = imported.pathsOf(List.of(new FieldError("line 1: levels.ICU.staffed", "must be from 0 to 5000")));

        assertThat(paths)
                .extracting(FieldError::field)
                .containsExactly(
                        "HospitalStatus/Hospital[1]/HospitalBedCapacityStatus/BedCapacity[1]/Capacity/BaselineCount");
    }

    // --- builders

    private String export(Lookup lookup) {
        var out = new ByteArrayOutputStream();
        HaveExport.write(
                List.of(new HospitalCapacity(
                        hospital,
                        lookup.reports.entrySet().stream()
                                .map(e -> new UnitCapacity(e.getKey(), e.getValue()))
                                .toList())),
                out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<FieldError> errors(String xml) {
        var lookup = new Lookup(Map.of());
        try {
            HaveImport.read(in(xml), lookup);
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("the document was accepted");
    }

    static String document(String hospitals) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HospitalStatus xmlns=\"" + EdxlHave.NAMESPACE
                + "\" xmlns:xnl=\"" + EdxlHave.XNL + "\">\n" + hospitals + "</HospitalStatus>\n";
    }

    static String hospitalXml(UUID id, String beds) {
        return "<Hospital>\n<Organization><OrganizationInformation><xnl:OrganisationName xnl:ID=\"" + id
                + "\"><xnl:NameElement>X</xnl:NameElement></xnl:OrganisationName></OrganizationInformation>"
                + "</Organization>\n<HospitalBedCapacityStatus>\n" + beds + "</HospitalBedCapacityStatus>\n"
                + "<LastUpdateTime>" + HaveExport.dateTime(OBSERVED) + "</LastUpdateTime>\n</Hospital>\n";
    }

    static String bed(String type, Object baseline, Object available, Object surge) {
        return "<BedCapacity><BedType>" + type + "</BedType><Capacity><CapacityStatus>Vacant/Available</CapacityStatus>"
                + "<AvailableCount>" + available + "</AvailableCount><BaselineCount>" + baseline + "</BaselineCount>"
                + (surge == null ? "" : "<AdditionalCapacityCount24Hr>" + surge + "</AdditionalCapacityCount24Hr>")
                + "</Capacity></BedCapacity>\n";
    }

    private static ByteArrayInputStream in(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static UnitStatus icuOnly(int staffed, int occupied) {
        return status(Map.of(CareLevel.ICU, new LevelFigures(staffed, occupied, null, null)), null, Set.of(), null);
    }

    private static UnitStatus status(
            Map<CareLevel, LevelFigures> levels,
            OperationalStatus operational,
            Set<Restriction> restrictions,
            EdStatus ed) {
        return new UnitStatus(OBSERVED, levels, operational, restrictions, ed, null, null, null, null, null);
    }

    private static StatusReport report(ReportingUnit unit, UnitStatus status) {
        return new StatusReport(
                UUID.randomUUID(),
                unit.id(),
                REGION,
                status,
                OBSERVED,
                "test",
                Optional.empty(),
                Optional.empty(),
                0,
                List.of());
    }

    private static Hospital hospital(String name) {
        return new Hospital(UUID.randomUUID(), "x", name, REGION, "Umeå", 63.8, 20.3, false, "test", 0, Instant.EPOCH);
    }

    private static ReportingUnit unit(Hospital hospital, String name, UnitKind kind) {
        return new ReportingUnit(
                UUID.randomUUID(),
                hospital.id(),
                REGION,
                name,
                kind,
                null,
                false,
                true,
                0,
                Instant.EPOCH.plus(1, ChronoUnit.DAYS));
    }

    /** The hospital, its two units and their current reports. */
    private final class Lookup implements HaveImport.Lookup {
        final Map<ReportingUnit, StatusReport> reports;

        Lookup(Map<ReportingUnit, StatusReport> reports) {
            this.reports = new java.util.LinkedHashMap<>(reports);
        }

        @Override
        public Optional<Hospital> hospital(UUID id) {
            return id.equals(hospital.id()) ? Optional.of(hospital) : Optional.empty();
        }

        @Override
        public List<ReportingUnit> unitsAt(UUID id) {
            return id.equals(hospital.id()) ? List.of(icu, ward) : List.of();
        }

        @Override
        public Optional<StatusReport> current(UUID unit) {
            return reports.entrySet().stream()
                    .filter(e -> e.getKey().id().equals(unit))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }
    }
}
