package se.nspl.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;

/** The transport register through the API: each region keeps its own, the secretariat all and the national ones. */
class TransportApiTest extends ApiTest {

    static final String UNITS = "/api/v1/transport-units";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegionKeepsItsOwnTransportBasedAtAHospital() {
        var steps = new DistributionSteps(api);
        String base = steps.hospital("24", "Bas", 64.0, 19.0);
        var body = DistributionSteps.ambulance("24", base, 4);

        var created = api.send("POST", UNITS, TestAccounts.VASTERBOTTEN, Map.of(), body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var unit = created.json();
        assertThat(unit.path("available").asInt()).isEqualTo(4);
        assertThat(unit.path("baseName").asString()).startsWith("Bas ");
        assertThat(unit.path("baseLat").asDouble()).isEqualTo(64.0);
        String path = UNITS + "/" + unit.path("id").asString();

        var changed = new HashMap<>(body);
        changed.put("available", 1);
        var updated = api.send("PUT", path, TestAccounts.VASTERBOTTEN, Map.of("If-Match", "\"0\""), changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("available").asInt()).isEqualTo(1);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");

        assertThat(api.send("PUT", path, TestAccounts.VASTERBOTTEN, Map.of("If-Match", "\"0\""), changed)
                        .status())
                .isEqualTo(409);
        assertThat(api.send("PUT", path, TestAccounts.VASTERBOTTEN, Map.of(), changed)
                        .status())
                .isEqualTo(428);
        assertThat(api.send("PUT", path, TestAccounts.STOCKHOLM, Map.of("If-Match", "\"1\""), changed)
                        .status())
                .isEqualTo(403);
        assertThat(api.get(UNITS + "?region=24", TestAccounts.AUTHORITY).body())
                .contains(unit.path("id").asString());
        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? order by seq")
                        .param(unit.path("id").asString())
                        .query(String.class)
                        .list())
                .containsExactly("distribution.TRANSPORT_ADDED", "distribution.TRANSPORT_CHANGED");
    }

    @Test
    void anotherRegionAndTheReadersCannotAddToARegionsTransport() {
        String base = new DistributionSteps(api).hospital("24", "Bas", 64.1, 19.1);
        var body = DistributionSteps.ambulance("24", base, 2);
        for (String caller : new String[] {TestAccounts.STOCKHOLM, TestAccounts.AUTHORITY, TestAccounts.REPORTER}) {
            assertThat(api.send("POST", UNITS, caller, Map.of(), body).status())
                    .as(caller)
                    .isEqualTo(403);
        }
        assertThat(api.send("POST", UNITS, TestAccounts.NATIONAL, Map.of(), body)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void nationalResourcesAreKeptByTheSecretariat() {
        var body = new HashMap<String, Object>();
        body.put("code", "jet-t" + java.util.UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Testjet");
        body.put("kind", "JET");
        body.put("baseName", "Umeå airport");
        body.put("baseLat", 63.7918);
        body.put("baseLon", 20.2828);
        body.put("count", 2);
        body.put("speedKmh", 750);
        body.put("fixedMinutes", 90);
        body.put("dutyMinutes", 960);
        body.put("capIcuVent", 2);
        body.put("capIcu", 3);
        body.put("capWard", 3);
        body.put("seats", 3);

        assertThat(api.send("POST", UNITS, TestAccounts.VASTERBOTTEN, Map.of(), body)
                        .status())
                .isEqualTo(403);
        var created = api.send("POST", UNITS, TestAccounts.NATIONAL, Map.of(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("region").isNull()).isTrue();
        assertThat(api.send("POST", UNITS, TestAccounts.NATIONAL, Map.of(), body)
                        .errorFields())
                .containsExactly("code");
    }

    @Test
    void aUnitThatBreaksTheRulesIsRefusedNamingEachField() {
        var body = new HashMap<String, Object>();
        body.put("code", "Not A Code");
        body.put("name", "Fel");
        body.put("kind", "ROAD_AMBULANCE");
        body.put("region", "24");
        body.put("count", 2);
        body.put("available", 3);
        body.put("speedKmh", 80);
        body.put("fixedMinutes", 40);
        body.put("dutyMinutes", 6000);
        body.put("seats", 1);

        var response = api.send("POST", UNITS, TestAccounts.VASTERBOTTEN, Map.of(), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder(
                        "code", "baseName", "baseLat", "baseLon", "available", "dutyMinutes", "capWard");
    }
}
