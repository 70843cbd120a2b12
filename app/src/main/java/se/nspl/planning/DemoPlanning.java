package se.nspl.planning;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.nspl.DemoMode;
import se.nspl.shared.Actor;
import se.nspl.shared.Role;

/**
 * In demo mode, on a register without items: a handful of made-up planning items (titles start
 * "DEMO:") over a few regions and areas, due dates counted from today so that the matrix shows
 * every standing, overdue ones included. Nothing here describes a real region's planning.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoPlanning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);

    static final Actor DEMO = new Actor(
            UUID.nameUUIDFromBytes("demo-planning".getBytes(StandardCharsets.UTF_8)),
            "demo-data",
            Role.ADMIN,
            Optional.empty(),
            Set.of());

    private record Demo(
            PlanningArea area, String region, String title, String owner, PlanningStatus status, int dueInDays) {}

    private static final List<Demo> ITEMS = List.of(
            new Demo(
                    PlanningArea.ICU_CAPACITY,
                    "25",
                    "DEMO: fler IVA-platser med ventilator vid masskadeläge",
                    "IVA-chef, Sunderby sjukhus",
                    PlanningStatus.AT_RISK,
                    45),
            new Demo(
                    PlanningArea.TRANSPORT,
                    "25",
                    "DEMO: avtal om ambulansflyg till Umeå",
                    "Regional katastrofmedicinsk samordnare",
                    PlanningStatus.IN_PROGRESS,
                    -10),
            new Demo(
                    PlanningArea.BEDS,
                    "24",
                    "DEMO: förstärkningsläge för vårdavdelningar inom 24 timmar",
                    "Beredskapssamordnare",
                    PlanningStatus.IN_PROGRESS,
                    30),
            new Demo(
                    PlanningArea.PLANNED_CARE,
                    "24",
                    "DEMO: lista över planerad vård som kan skjutas upp",
                    "Hälso- och sjukvårdsdirektör",
                    PlanningStatus.DONE,
                    -20),
            new Demo(
                    PlanningArea.STAFF,
                    "01",
                    "DEMO: personalpool för IVA från operation",
                    "HR-strateg",
                    PlanningStatus.NOT_STARTED,
                    60),
            new Demo(
                    PlanningArea.SUPPLIES,
                    "01",
                    "DEMO: lager av förbrukningsmaterial för 30 dagar",
                    "Försörjningschef",
                    PlanningStatus.NOT_STARTED,
                    -5),
            new Demo(
                    PlanningArea.COMMUNICATIONS,
                    "12",
                    "DEMO: gemensam sambandsplan med Rakel",
                    "Sambandsansvarig",
                    PlanningStatus.IN_PROGRESS,
                    90),
            new Demo(
                    PlanningArea.ICU_CAPACITY,
                    null,
                    "DEMO: nationell bild av IVA-platser med ventilator",
                    "Kansliets analytiker",
                    PlanningStatus.IN_PROGRESS,
                    21),
            new Demo(
                    PlanningArea.TRANSPORT,
                    null,
                    "DEMO: regler för patientförflyttning mellan regioner",
                    "Kanslichef",
                    PlanningStatus.AT_RISK,
                    14));

    private final DemoMode demoMode;
    private final PlanningRegister register;
    private final PlanningItems items;

    DemoPlanning(DemoMode demoMode, PlanningRegister register, PlanningItems items) {
        this.demoMode = demoMode;
        this.register = register;
        this.items = items;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || items.count() > 0) {
            return;
        }
        var today = register.today();
        for (var demo : ITEMS) {
            register.create(
                    new PlanningItemDraft(
                            demo.area(),
                            demo.region(),
                            demo.title(),
                            "Påhittat exempel för demoläget.",
                            demo.owner(),
                            demo.region() == null ? "Kansliet (DEMO)" : "Region " + demo.region() + " (DEMO)",
                            demo.status(),
                            today.plusDays(demo.dueInDays()),
                            List.of()),
                    DEMO);
        }
        log.info("Demo mode: added {} made-up planning items", ITEMS.size());
    }
}
