package se.nspl.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import se.nspl.ApiTest;
import se.nspl.RecordedEvents;
import se.nspl.TestAccounts;
import se.nspl.shared.RegionCode;

/** Accepted reports reach other modules' listeners through the outbox, and are not lost when one fails. */
class StatusReportEventsTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    private RecordedEvents events;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private IncompleteEventPublications incomplete;

    @Test
    void anAcceptedReportReachesListenersAndLeavesNothingInTheOutbox() {
        var unit = UUID.fromString(api.newUnit(api.newHospital("Händelsesjukhuset"), "WARD", "Vårdavdelning"));

        var report = report(unit);

        await().atMost(PATIENCE).until(() -> events.ofReport(report).isPresent());
        var event = events.ofReport(report).orElseThrow();
        assertThat(event.unitId()).isEqualTo(unit);
        assertThat(event.region()).isEqualTo(RegionCode.of("24"));
        assertThat(event.corrects()).isEmpty();
        await().atMost(PATIENCE).until(() -> publicationsOf(report) == 0);
    }

    @Test
    void aFailedDeliveryStaysInTheOutboxUntilItIsDeliveredAgain() {
        var unit = UUID.fromString(api.newUnit(api.newHospital("Händelsesjukhuset"), "WARD", "Vårdavdelning"));
        events.failFor(unit);

        var report = report(unit);

        await().atMost(PATIENCE).until(() -> failedPublicationsOf(report) == 1);
        assertThat(events.ofReport(report)).isEmpty();

        events.succeedFor(unit);
        incomplete.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof StatusReportAccepted accepted
                        && accepted.reportId().equals(report));

        await().atMost(PATIENCE).until(() -> events.ofReport(report).isPresent());
        await().atMost(PATIENCE).until(() -> publicationsOf(report) == 0);
    }

    private UUID report(UUID unit) {
        var response = api.send(
                "POST",
                "/api/v1/units/" + unit + "/reports",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("levels", Map.of("WARD", Map.of("staffed", 20, "occupied", 12))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }

    private int publicationsOf(UUID report) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + report + "%")
                .query(Integer.class)
                .single();
    }

    private int failedPublicationsOf(UUID report) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ? and status = 'FAILED'")
                .param("%" + report + "%")
                .query(Integer.class)
                .single();
    }
}
