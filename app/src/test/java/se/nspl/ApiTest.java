package se.nspl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * A test of the running application through its HTTP interface, as the {@link TestAccounts}.
 * Subclasses share one application context.
 */
@IntegrationTest
@Import({TestAccounts.class, RecordedEvents.class})
public abstract class ApiTest {

    @Autowired
    protected Environment environment;

    @Autowired
    protected TestAccounts accounts;

    protected int port;
    protected Api api;

    @BeforeEach
    void connect() {
        accounts.ensure();
        port = environment.getRequiredProperty("local.server.port", Integer.class);
        api = new Api(port);
    }

    /**
     * A hospital of Västerbotten (24) of this test's own, named {@code name} and a random suffix:
     * tests share one database, and reports to a unit no other test knows cannot disturb them.
     */
    protected String newHospital(String name) {
        var response = api.send(
                "POST",
                "/api/v1/hospitals",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "name",
                        name + " " + UUID.randomUUID(),
                        "region",
                        "24",
                        "city",
                        "Vilhelmina",
                        "lat",
                        64.62,
                        "lon",
                        16.65,
                        "university",
                        false));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    /** An active reporting unit of the hospital; {@code kind} as in {@code UnitKind}. */
    protected String newUnit(String hospitalId, String kind, String name) {
        var response = api.send(
                "POST",
                "/api/v1/units",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of("hospitalId", hospitalId, "name", name, "kind", kind, "active", true));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }
}
