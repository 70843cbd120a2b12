package se.nspl.governance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import se.nspl.governance.MeetingDraft.ActionDraft;
import se.nspl.organisation.OrganisationRegistry;
import se.nspl.organisation.Participation;
import se.nspl.organisation.ParticipationDecision;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.Role;

/**
 * In demo mode, on a platform without meetings or milestones: the programme's timeline as the
 * domain describes it, two made-up steering-group meetings, and made-up board decisions (diary
 * numbers starting DEMO) so that the overview and the cost key have something to show. Nothing
 * here describes a real meeting or a real board's decision.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoGovernance implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

    static final Actor DEMO = new Actor(
            UUID.nameUUIDFromBytes("demo-governance".getBytes(StandardCharsets.UTF_8)),
            "demo-data",
            Role.ADMIN,
            Optional.empty(),
            Set.of());

    /** The made-up exceptions: one region declined, one has not decided; every other one said yes. */
    static final Map<String, Participation> NOT_YES = Map.of("20", Participation.NO, "08", Participation.PENDING);

    private final DemoMode demoMode;
    private final Governance governance;
    private final SteeringMeetings meetings;
    private final Milestones milestones;
    private final Regions regions;
    private final OrganisationRegistry registry;

    DemoGovernance(
            DemoMode demoMode,
            Governance governance,
            SteeringMeetings meetings,
            Milestones milestones,
            Regions regions,
            OrganisationRegistry registry) {
        this.demoMode = demoMode;
        this.governance = governance;
        this.meetings = meetings;
        this.milestones = milestones;
        this.regions = regions;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || meetings.count() > 0 || milestones.count() > 0) {
            return;
        }
        timeline();
        meetingsOfTheSteeringGroup();
        decisions();
        log.info("Demo mode: added a made-up governance record (timeline, two meetings, board decisions)");
    }

    private void timeline() {
        milestone("Ansvar och uppdrag beskrivna", "2023-04-30", MilestoneStatus.DONE, "2023-04-30");
        milestone(
                "Underlag för likalydande beslut i alla regionstyrelser",
                "2024-05-31",
                MilestoneStatus.DONE,
                "2024-05-31");
        milestone("Beslut i regionstyrelserna", "2024-10-31", MilestoneStatus.DONE, "2024-10-31");
        milestone("Kansliet etablerat hos Region Uppsala", "2025-03-31", MilestoneStatus.DONE, "2025-03-31");
        milestone("DEMO: första gemensamma övningen (påhittad)", "2026-10-15", MilestoneStatus.PLANNED, null);
    }

    private void milestone(String title, String plannedOn, MilestoneStatus status, String completedOn) {
        governance.addMilestone(
                new MilestoneDraft(
                        title,
                        null,
                        LocalDate.parse(plannedOn),
                        status,
                        completedOn == null ? null : LocalDate.parse(completedOn)),
                DEMO);
    }

    private void meetingsOfTheSteeringGroup() {
        governance.recordMeeting(
                new MeetingDraft(
                        LocalDate.parse("2025-02-12"),
                        "DEMO: styrgruppsmöte (påhittat)",
                        "Påhittat exempel för demoläget.",
                        List.of("Kansliets verksamhetsplan 2025 fastställs.", "Nästa möte hålls i maj."),
                        List.of(
                                new ActionDraft(
                                        null,
                                        "Ta fram förslag till budget 2026",
                                        "Kansliet",
                                        LocalDate.parse("2025-04-30"),
                                        ActionStatus.DONE),
                                new ActionDraft(
                                        null,
                                        "Samla in regionernas kontaktvägar dygnet runt",
                                        "Regionerna",
                                        LocalDate.parse("2025-03-31"),
                                        ActionStatus.DONE))),
                DEMO);
        governance.recordMeeting(
                new MeetingDraft(
                        LocalDate.parse("2025-05-20"),
                        "DEMO: styrgruppsmöte (påhittat)",
                        "Påhittat exempel för demoläget.",
                        List.of("Budgeten för 2026 godkänns för beslut i regionerna."),
                        List.of(new ActionDraft(
                                null,
                                "Planera en gemensam övning för IVA-kapacitet",
                                "Kansliet",
                                LocalDate.parse("2025-09-30"),
                                ActionStatus.OPEN))),
                DEMO);
    }

    private void decisions() {
        int day = 0;
        for (var region : regions.all()) {
            if (region.participation().status() != Participation.PENDING) {
                continue;
            }
            var status = NOT_YES.getOrDefault(region.code().value(), Participation.YES);
            if (status == Participation.PENDING) {
                continue;
            }
            registry.recordParticipation(
                    region.code(),
                    region.version(),
                    new ParticipationDecision(
                            status, LocalDate.parse("2024-09-17").plusDays(2L * day++), "DEMO-RS 2024/" + (100 + day)),
                    DEMO);
        }
    }
}
