package se.nspl.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.StaleVersionException;

/**
 * The programme's governance: the national overview of participation decisions (the registry
 * keeps them; see {@code OrganisationRegistry#recordParticipation}), the steering group's meetings
 * and the timeline. The secretariat writes, every change audited; everyone logged in reads.
 */
@Service
public class Governance {

    static final int MEETINGS_SHOWN = 200;

    private final Regions regions;
    private final SteeringMeetings meetings;
    private final Milestones milestones;
    private final AuditTrail audit;
    private final Clock clock;

    Governance(Regions regions, SteeringMeetings meetings, Milestones milestones, AuditTrail audit, Clock clock) {
        this.regions = regions;
        this.meetings = meetings;
        this.milestones = milestones;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which regions' boards have decided, and how. */
    public ParticipationOverview participation() {
        return ParticipationOverview.of(regions.all().stream()
                .map(r -> new RegionDecision(r.code(), r.name(), r.participation(), r.version()))
                .toList());
    }

    /** The meetings, the latest first. */
    public List<SteeringMeeting> meetings() {
        return meetings.all(MEETINGS_SHOWN);
    }

    public SteeringMeeting meeting(UUID id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("steering-group meeting", id));
    }

    public List<Milestone> milestones() {
        return milestones.all();
    }

    public Milestone milestone(UUID id) {
        return milestones.find(id).orElseThrow(() -> new NotFoundException("milestone", id));
    }

    @Transactional
    public SteeringMeeting recordMeeting(MeetingDraft draft, Actor actor) {
        requireMayWrite(actor);
        draft.check();
        for (int i = 0; i < draft.actionDrafts().size(); i++) {
            if (draft.actionDrafts().get(i).id() != null) {
                throw new InvalidInputException(
                        "actions[" + i + "].id", "a new meeting's actions are new: leave out id");
            }
        }
        var meeting = fromDraft(UUID.randomUUID(), draft, 0);
        meetings.add(meeting, actor.name());
        audit.record(
                actor,
                "governance.RECORD_MEETING",
                "steering-meeting",
                meeting.id().toString(),
                summary(meeting));
        return meeting(meeting.id());
    }

    /**
     * Rewrites a meeting's minutes: fields, decisions and actions as sent. An action sent with its
     * id keeps it (this is how an action is marked done); one left out is removed.
     */
    @Transactional
    public SteeringMeeting reviseMeeting(UUID id, long expectedVersion, MeetingDraft draft, Actor actor) {
        requireMayWrite(actor);
        var current = meeting(id);
        draft.check();
        Set<UUID> known = current.actions().stream().map(FollowUpAction::id).collect(Collectors.toSet());
        for (int i = 0; i < draft.actionDrafts().size(); i++) {
            var actionId = draft.actionDrafts().get(i).id();
            if (actionId != null && !known.contains(actionId)) {
                throw new InvalidInputException("actions[" + i + "].id", "not an action of this meeting");
            }
        }
        var meeting = fromDraft(id, draft, current.version());
        if (!meetings.replace(meeting, expectedVersion)) {
            throw new StaleVersionException("steering-group meeting", id, expectedVersion);
        }
        audit.record(actor, "governance.REVISE_MEETING", "steering-meeting", id.toString(), summary(meeting));
        return meeting(id);
    }

    /** Marks one follow-up action of a meeting done: the follow-up, without rewriting the minutes. */
    @Transactional
    public SteeringMeeting completeAction(UUID meetingId, UUID actionId, long expectedVersion, Actor actor) {
        requireMayWrite(actor);
        var current = meeting(meetingId);
        var action = current.actions().stream()
                .filter(a -> a.id().equals(actionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("follow-up action", actionId));
        var meeting = new SteeringMeeting(
                meetingId,
                current.heldOn(),
                current.title(),
                current.notes(),
                current.decisions(),
                current.actions().stream()
                        .map(a -> a.id().equals(actionId) ? a.done() : a)
                        .toList(),
                current.version(),
                clock.instant());
        if (!meetings.replace(meeting, expectedVersion)) {
            throw new StaleVersionException("steering-group meeting", meetingId, expectedVersion);
        }
        audit.record(
                actor,
                "governance.COMPLETE_ACTION",
                "steering-meeting",
                meetingId.toString(),
                "done: " + action.text());
        return meeting(meetingId);
    }

    @Transactional
    public Milestone addMilestone(MilestoneDraft draft, Actor actor) {
        requireMayWrite(actor);
        draft.check();
        var milestone = fromDraft(UUID.randomUUID(), draft, actor);
        milestones.add(milestone);
        audit.record(
                actor, "governance.ADD_MILESTONE", "milestone", milestone.id().toString(), summary(milestone));
        return milestone(milestone.id());
    }

    @Transactional
    public Milestone updateMilestone(UUID id, long expectedVersion, MilestoneDraft draft, Actor actor) {
        requireMayWrite(actor);
        milestone(id);
        draft.check();
        var milestone = fromDraft(id, draft, actor);
        if (!milestones.update(milestone, expectedVersion)) {
            throw new StaleVersionException("milestone", id, expectedVersion);
        }
        audit.record(actor, "governance.UPDATE_MILESTONE", "milestone", id.toString(), summary(milestone));
        return milestone(id);
    }

    private SteeringMeeting fromDraft(UUID id, MeetingDraft draft, long version) {
        var decisions = new ArrayList<Decision>();
        var texts = draft.decisionTexts();
        for (int i = 0; i < texts.size(); i++) {
            decisions.add(new Decision(i + 1, texts.get(i)));
        }
        var actions = draft.actionDrafts().stream()
                .map(a -> new FollowUpAction(
                        a.id() == null ? UUID.randomUUID() : a.id(),
                        a.text().strip(),
                        Texts.stripped(a.responsible()),
                        a.dueOn(),
                        a.status() == null ? ActionStatus.OPEN : a.status()))
                .toList();
        return new SteeringMeeting(
                id,
                draft.heldOn(),
                draft.title().strip(),
                Texts.stripped(draft.notes()),
                decisions,
                actions,
                version,
                clock.instant());
    }

    private Milestone fromDraft(UUID id, MilestoneDraft draft, Actor actor) {
        return new Milestone(
                id,
                draft.title().strip(),
                Texts.stripped(draft.description()),
                draft.plannedOn(),
                draft.status(),
                draft.completedOn(),
                0,
                clock.instant(),
                actor.name());
    }

    private static String summary(SteeringMeeting meeting) {
        long open = meeting.actions().stream()
                .filter(a -> a.status() == ActionStatus.OPEN)
                .count();
        return meeting.heldOn() + " " + meeting.title() + ": "
                + meeting.decisions().size() + " decisions, "
                + meeting.actions().size() + " actions (" + open + " open)";
    }

    private static String summary(Milestone milestone) {
        return milestone.plannedOn() + " " + milestone.title() + ": " + milestone.status()
                + (milestone.completedOn() == null ? "" : " on " + milestone.completedOn());
    }

    private static void requireMayWrite(Actor actor) {
        if (!GovernancePermissions.mayWrite(actor)) {
            throw new ForbiddenException("only the secretariat keeps the steering group's minutes and the timeline");
        }
    }
}
