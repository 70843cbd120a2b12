package se.nspl.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import tools.jackson.databind.JsonNode;

class RegistryApiTest extends ApiTest {

    /** SCB, population on 31 December 2023 (table BE0101U1), by län code. */
    private static final Map<String, Integer> SCB_POPULATION = Map.ofEntries(
            Map.entry("01", 2454821),
            Map.entry("03", 404589),
            Map.entry("04", 301944),
            Map.entry("05", 472298),
            Map.entry("06", 368856),
            Map.entry("07", 203686),
            Map.entry("08", 246667),
            Map.entry("09", 61029),
            Map.entry("10", 157973),
            Map.entry("12", 1421781),
            Map.entry("13", 343746),
            Map.entry("14", 1767016),
            Map.entry("17", 283548),
            Map.entry("18", 308116),
            Map.entry("19", 280813),
            Map.entry("20", 287253),
            Map.entry("21", 285642),
            Map.entry("22", 242148),
            Map.entry("23", 132572),
            Map.entry("24", 278729),
            Map.entry("25", 248480));

    @Autowired
    Hospitals hospitals;

    @Test
    void listsTheTwentyOneRegionsWithTheirSCBPopulation() {
        var response = api.get("/api/v1/regions", TestAccounts.AUTHORITY);

        assertThat(response.status()).isEqualTo(200);
        var populations = new HashMap<String, Integer>();
        response.json()
                .forEach(r -> populations.put(
                        r.path("code").asString(),
                        r.path("population").path("count").asInt()));
        assertThat(populations).isEqualTo(SCB_POPULATION);
        assertThat(populations.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(10_551_707);
    }

    @Test
    void showsARegionWithItsHospitalsAndTheirUnits() {
        var response = api.get("/api/v1/regions/24", TestAccounts.AUTHORITY);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).matches("\"\\d+\"");
        assertThat(response.json().path("region").path("name").asString()).isEqualTo("Region Västerbotten");
        var names = new java.util.ArrayList<String>();
        response.json()
                .path("hospitals")
                .forEach(h -> names.add(h.path("hospital").path("name").asString()));
        assertThat(names).contains("Norrlands universitetssjukhus", "Skellefteå lasarett", "Lycksele lasarett");
    }

    @Test
    void everyHospitalHasAnAdultIcuAndAWardAndPaediatricIcusAreSeparateUnits() {
        var units = api.get("/api/v1/units", TestAccounts.NATIONAL).json();
        var kindsPerHospital = new HashMap<String, java.util.Set<String>>();
        units.forEach(u -> kindsPerHospital
                .computeIfAbsent(u.path("hospitalId").asString(), k -> new java.util.HashSet<>())
                .add(u.path("kind").asString()));
        var referenceHospitals = new java.util.ArrayList<JsonNode>();
        api.get("/api/v1/hospitals", TestAccounts.NATIONAL).json().forEach(h -> {
            if (!h.path("source").asString().startsWith("registered by")) {
                referenceHospitals.add(h);
            }
        });

        assertThat(referenceHospitals).hasSize(61);
        referenceHospitals.forEach(
                h -> assertThat(kindsPerHospital.get(h.path("id").asString()))
                        .as(h.path("name").asString())
                        .contains("ADULT_ICU", "WARD"));
        var paediatric = api.get("/api/v1/units?kind=PAEDIATRIC_ICU", TestAccounts.NATIONAL)
                .json();
        assertThat(paediatric.size()).isEqualTo(4);
    }

    @Test
    void searchesHospitalsByNameOrCityWithinARegion() {
        var byName = api.get("/api/v1/hospitals?q=norrlands&region=24", TestAccounts.AUTHORITY)
                .json();
        var byCity =
                api.get("/api/v1/hospitals?q=SKELLEFTE", TestAccounts.AUTHORITY).json();
        var elsewhere = api.get("/api/v1/hospitals?q=norrlands&region=25", TestAccounts.AUTHORITY)
                .json();

        assertThat(byName.size()).isEqualTo(1);
        assertThat(byName.get(0).path("name").asString()).isEqualTo("Norrlands universitetssjukhus");
        assertThat(byCity.size()).isEqualTo(1);
        assertThat(byCity.get(0).path("name").asString()).isEqualTo("Skellefteå lasarett");
        assertThat(elsewhere.size()).isZero();
    }

    @Test
    void anEmptyRegionFilterMeansEveryRegion() {
        var all = api.get("/api/v1/hospitals", TestAccounts.AUTHORITY).json();
        var emptyFilter = api.get("/api/v1/hospitals?region=", TestAccounts.AUTHORITY);

        assertThat(emptyFilter.status()).isEqualTo(200);
        assertThat(emptyFilter.json().size()).isEqualTo(all.size());
    }

    @Test
    void registersAndUpdatesAHospitalOfTheOwnRegion() {
        var created = api.send(
                "POST",
                "/api/v1/hospitals",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                hospital("Fältsjukhus Umeå " + UUID.randomUUID()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/hospitals/" + id);

        var changed = hospital("Fältsjukhus Umeå, omdöpt " + id);
        var updated = api.send(
                "PUT", "/api/v1/hospitals/" + id, TestAccounts.VASTERBOTTEN, Map.of("If-Match", "\"0\""), changed);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("name").asString()).isEqualTo("Fältsjukhus Umeå, omdöpt " + id);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void rejectsAStaleVersionWithConflictAndKeepsTheNewerChange() {
        String id = api.send(
                        "POST",
                        "/api/v1/hospitals",
                        TestAccounts.VASTERBOTTEN,
                        Map.of(),
                        hospital("Reservsjukhus " + UUID.randomUUID()))
                .json()
                .path("id")
                .asString();
        api.send(
                "PUT",
                "/api/v1/hospitals/" + id,
                TestAccounts.VASTERBOTTEN,
                Map.of("If-Match", "\"0\""),
                hospital("Först " + id));

        var stale = api.send(
                "PUT",
                "/api/v1/hospitals/" + id,
                TestAccounts.VASTERBOTTEN,
                Map.of("If-Match", "\"0\""),
                hospital("Sist " + id));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(hospitals.find(UUID.fromString(id)).orElseThrow().name()).isEqualTo("Först " + id);
    }

    @Test
    void requiresTheVersionForAnUpdate() {
        String id = anyHospitalId("24");

        var response = api.send(
                "PUT", "/api/v1/hospitals/" + id, TestAccounts.VASTERBOTTEN, Map.of(), hospital("Utan version"));

        assertThat(response.status()).isEqualTo(428);
    }

    @Test
    void rejectsInvalidFieldsNamingEachAndStoresNothing() {
        int before = hospitals.count();
        var bad = new LinkedHashMap<String, Object>(hospital(""));
        bad.put("lat", 95.0);
        bad.put("lon", 20.2);

        var response = api.send("POST", "/api/v1/hospitals", TestAccounts.ADMIN, Map.of(), bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder("name", "lat");
        assertThat(hospitals.count()).isEqualTo(before);
    }

    @Test
    void rejectsUnknownFieldsAndMalformedValuesNamingTheField() {
        var unknown = new LinkedHashMap<String, Object>(hospital("Okänt fält"));
        unknown.put("beds", 12);
        var badRegion = new LinkedHashMap<String, Object>(hospital("Fel region"));
        badRegion.put("region", "Västerbotten");
        var wrongType = new LinkedHashMap<String, Object>(hospital("Fel typ"));
        wrongType.put("lat", "norr");

        assertThat(api.send("POST", "/api/v1/hospitals", TestAccounts.ADMIN, Map.of(), unknown)
                        .errorFields())
                .containsExactly("beds");
        assertThat(api.send("POST", "/api/v1/hospitals", TestAccounts.ADMIN, Map.of(), badRegion)
                        .errorFields())
                .containsExactly("region");
        assertThat(api.send("POST", "/api/v1/hospitals", TestAccounts.ADMIN, Map.of(), wrongType)
                        .errorFields())
                .containsExactly("lat");
        var malformed = api.send("POST", "/api/v1/hospitals", TestAccounts.ADMIN, Map.of(), "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).isNotEmpty();
    }

    @Test
    void rejectsARegionThatDoesNotExist() {
        var response =
                api.send("POST", "/api/v1/hospitals", TestAccounts.ADMIN, Map.of(), hospital("Sjukhus i län 02", "02"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("region");
    }

    @Test
    void answersUnknownIdsWithNotFoundAndBadIdsWithTheParameterName() {
        assertThat(api.get("/api/v1/hospitals/" + UUID.randomUUID(), TestAccounts.NATIONAL)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/regions/99", TestAccounts.NATIONAL).status())
                .isEqualTo(404);
        var badId = api.get("/api/v1/hospitals/not-a-uuid", TestAccounts.NATIONAL);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.errorFields()).containsExactly("id");
        var badCode = api.get("/api/v1/regions/x", TestAccounts.NATIONAL);
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.errorFields()).containsExactly("code");
    }

    @Test
    void registersAUnitAndRefusesASecondWithTheSameName() {
        String hospital = anyHospitalId("24");
        String name = "Intermediärvård " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> unit =
                Map.of("hospitalId", hospital, "name", name, "kind", "WARD", "referenceBeds", 12, "active", true);

        var created = api.send("POST", "/api/v1/units", TestAccounts.VASTERBOTTEN, Map.of(), unit);
        var duplicate = api.send("POST", "/api/v1/units", TestAccounts.VASTERBOTTEN, Map.of(), unit);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("region").asString()).isEqualTo("24");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorFields()).containsExactly("name");
    }

    @Test
    void recordsARegionsParticipationDecisionWithDateAndDiaryNumber() {
        var region = api.get("/api/v1/regions/23", TestAccounts.NATIONAL);
        var decision = Map.of("status", "YES", "decidedOn", "2024-10-15", "diaryNumber", "RS/1234/2024");

        var response = api.send(
                "PUT",
                "/api/v1/regions/23/participation",
                TestAccounts.NATIONAL,
                Map.of("If-Match", region.header("ETag")),
                decision);

        assertThat(response.status()).isEqualTo(200);
        JsonNode participation = response.json().path("participation");
        assertThat(participation.path("status").asString()).isEqualTo("YES");
        assertThat(participation.path("decidedOn").asString()).isEqualTo("2024-10-15");
        assertThat(participation.path("diaryNumber").asString()).isEqualTo("RS/1234/2024");
    }

    @Test
    void refusesADecisionWithoutItsDate() {
        var region = api.get("/api/v1/regions/22", TestAccounts.NATIONAL);

        var response = api.send(
                "PUT",
                "/api/v1/regions/22/participation",
                TestAccounts.NATIONAL,
                Map.of("If-Match", region.header("ETag")),
                Map.of("status", "NO"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("decidedOn");
    }

    @Test
    void listsTheSecretariatAndTheAuthorities() {
        var names = new java.util.ArrayList<String>();
        api.get("/api/v1/organisations", TestAccounts.AUTHORITY)
                .json()
                .forEach(o -> names.add(o.path("shortName").asString()));

        assertThat(names).contains("Kansliet", "Socialstyrelsen", "Försvarsmakten", "MCF", "SKR");
    }

    private String anyHospitalId(String region) {
        return api.get("/api/v1/hospitals?region=" + region, TestAccounts.NATIONAL)
                .json()
                .get(0)
                .path("id")
                .asString();
    }

    static Map<String, Object> hospital(String name) {
        return hospital(name, "24");
    }

    static Map<String, Object> hospital(String name, String region) {
        var hospital = new LinkedHashMap<String, Object>();
        hospital.put("name", name);
        hospital.put("region", region);
        hospital.put("city", "Umeå");
        hospital.put("lat", 63.81);
        hospital.put("lon", 20.26);
        hospital.put("university", false);
        return hospital;
    }
}
