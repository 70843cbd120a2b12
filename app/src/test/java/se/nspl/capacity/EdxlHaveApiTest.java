package se.nspl.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.Api;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;

/**
 * EDXL-HAVE import and export through the API. Each test makes hospitals of its own in region 24
 * ("EDXL-sjukhus …", with an adult ICU and a ward): no other test uses them, so their figures
 * are this test's alone.
 */
class EdxlHaveApiTest extends ApiTest {

    static final String HAVE = "urn:oasis:names:tc:emergency:EDXL:HAVE:1.0";

    @Autowired
    StatusReports reports;

    String hospital;
    String icu;
    String ward;

    @BeforeEach
    void ownHospital() {
        hospital = api.newHospital("EDXL-sjukhus");
        icu = api.newUnit(hospital, "ADULT_ICU", "EDXL ADULT_ICU");
        ward = api.newUnit(hospital, "WARD", "EDXL WARD");
    }

    @Test
    void importShowsAsCurrentStateAndExportsBackTheSameFigures() {
        var imported = importXml(
                TestAccounts.VASTERBOTTEN,
                document(hospitalXml(hospital, bed("AdultICU", 12, 3, 2) + bed("MedicalSurgical", 40, 10, null))));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("accepted").asInt()).isEqualTo(2);
        var icuNow = api.get("/api/v1/units/" + icu + "/reports/current", TestAccounts.AUTHORITY)
                .json()
                .path("status")
                .path("levels")
                .path("ICU");
        assertThat(icuNow.path("staffed").asInt()).isEqualTo(12);
        assertThat(icuNow.path("occupied").asInt()).isEqualTo(9);
        assertThat(icuNow.path("surge24h").asInt()).isEqualTo(2);

        var export = api.get("/api/v1/edxl-have?hospital=" + hospital, TestAccounts.AUTHORITY);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/xml");
        assertThat(export.body()).contains("<have:BaselineCount>40</have:BaselineCount>");

        var again = importXml(TestAccounts.VASTERBOTTEN, export.body());
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        var wardNow = api.get("/api/v1/units/" + ward + "/reports/current", TestAccounts.AUTHORITY)
                .json()
                .path("status")
                .path("levels")
                .path("WARD");
        assertThat(wardNow.path("staffed").asInt()).isEqualTo(40);
        assertThat(wardNow.path("occupied").asInt()).isEqualTo(30);
        assertThat(api.get("/api/v1/edxl-have?region=24", TestAccounts.NATIONAL).body())
                .contains(hospital);
    }

    @Test
    void aDocumentBreakingARuleIsRefusedByElementAndNothingIsStored() {
        String other = api.newHospital("EDXL-sjukhus");
        api.newUnit(other, "ADULT_ICU", "EDXL ADULT_ICU");
        var body = document(hospitalXml(other, bed("AdultICU", 10, 2, null))
                + hospitalXml(hospital, bed("AdultICU", 6000, 2, null) + bed("MedicalSurgical", 20, 25, null)));

        var response = importXml(TestAccounts.VASTERBOTTEN, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("title").asString()).isEqualTo("Ogiltiga uppgifter");
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder(
                        "HospitalStatus/Hospital[2]/HospitalBedCapacityStatus/BedCapacity[2]/Capacity/AvailableCount");
        var ruleBroken = importXml(
                TestAccounts.VASTERBOTTEN,
                document(hospitalXml(other, bed("AdultICU", 10, 2, null))
                        + hospitalXml(hospital, bed("AdultICU", 6000, 2, null))));
        assertThat(ruleBroken.status()).isEqualTo(400);
        assertThat(ruleBroken.errorFields())
                .containsExactlyInAnyOrder(
                        "HospitalStatus/Hospital[2]/HospitalBedCapacityStatus/BedCapacity[1]/Capacity/BaselineCount",
                        // occupied = 6000 - 2, above the 5000 a count may be
                        "HospitalStatus/Hospital[2]/HospitalBedCapacityStatus/BedCapacity[1]/Capacity/AvailableCount");
        assertThat(reports.current(UUID.fromString(icu))).isEmpty();
        assertThat(api.get("/api/v1/edxl-have?hospital=" + other, TestAccounts.NATIONAL)
                        .body())
                .doesNotContain("<have:Hospital>");
    }

    @Test
    void malformedXmlAndDoctypesGetA400NamingTheLine() {
        var malformed = importXml(TestAccounts.VASTERBOTTEN, "<HospitalStatus xmlns=\"" + HAVE + "\">\n<Hospital>");
        var doctype = importXml(
                TestAccounts.VASTERBOTTEN,
                "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("errors").get(0).path("message").asString())
                .contains("line 2");
        assertThat(doctype.status()).isEqualTo(400);
        assertThat(doctype.body()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(reports.current(UUID.fromString(icu))).isEmpty();
    }

    @Test
    void aDocumentOverFiveMegabytesIsRefused() {
        var response = importXml(TestAccounts.VASTERBOTTEN, document(" ".repeat(5 * 1024 * 1024 + 10)));

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void onlyTheRegionAndItsReportersImport() {
        String body = document(hospitalXml(hospital, bed("AdultICU", 10, 5, null)));
        String boundElsewhere = accounts.reporterFor("24", UUID.fromString(ward));
        String boundHere = accounts.reporterFor("24", UUID.fromString(icu));

        assertThat(importXml(TestAccounts.STOCKHOLM, body).status()).isEqualTo(403);
        assertThat(importXml(TestAccounts.NATIONAL, body).status()).isEqualTo(403);
        assertThat(importXml(boundElsewhere, body).status()).isEqualTo(403);
        assertThat(reports.current(UUID.fromString(icu))).isEmpty();
        assertThat(importXml(boundHere, body).status()).isEqualTo(201);
    }

    @Test
    void exportNeedsARegionOrAHospital() {
        assertThat(api.get("/api/v1/edxl-have", TestAccounts.NATIONAL).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/edxl-have?hospital=" + UUID.randomUUID(), TestAccounts.NATIONAL)
                        .status())
                .isEqualTo(404);
    }

    private Api.Response importXml(String user, String xml) {
        return api.send("POST", "/api/v1/edxl-have", user, Map.of("Content-Type", "application/xml"), xml);
    }

    static String document(String hospitals) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HospitalStatus xmlns=\"" + HAVE
                + "\" xmlns:xnl=\"urn:oasis:names:tc:ciq:xnl:3\">\n" + hospitals + "</HospitalStatus>\n";
    }

    static String hospitalXml(String id, String beds) {
        String now = OffsetDateTime.now(ZoneOffset.UTC)
                .minusMinutes(2)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        return "<Hospital>\n<Organization><OrganizationInformation><xnl:OrganisationName xnl:ID=\"" + id
                + "\"/></OrganizationInformation></Organization>\n<HospitalBedCapacityStatus>\n" + beds
                + "</HospitalBedCapacityStatus>\n<LastUpdateTime>" + now + "</LastUpdateTime>\n</Hospital>\n";
    }

    static String bed(String type, int baseline, int available, Integer surge) {
        return "<BedCapacity><BedType>" + type + "</BedType><Capacity><AvailableCount>" + available
                + "</AvailableCount><BaselineCount>" + baseline + "</BaselineCount>"
                + (surge == null ? "" : "<AdditionalCapacityCount24Hr>" + surge + "</AdditionalCapacityCount24Hr>")
                + "</Capacity></BedCapacity>\n";
    }
}
