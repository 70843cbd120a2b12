package se.nspl.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.organisation.Parties;
import se.nspl.organisation.Party;
import se.nspl.shared.Actor;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * Notices: sending, reading, acknowledging on a recipient's behalf, and reminding those who have
 * not. A notice never changes once sent; its acknowledgements and reminders are added to it, each
 * written to the audit trail in the same transaction.
 */
@Service
public class NoticeBoard {

    /**
     * A notice as its sender writes it. Recipients: all regions, and/or chosen regions and
     * organisations (by id, see {@code GET /api/v1/organisations}).
     */
    public record NoticeDraft(
            @Nullable String subject,
            @Nullable String body,
            @Nullable NoticePriority priority,
            @Nullable Boolean allRegions,
            @Nullable List<RegionCode> regions,
            @Nullable List<UUID> organisations,
            @Nullable Boolean acknowledgementRequired,
            @Nullable Instant acknowledgeBy) {}

    /** A reminder as recorded: to whom (the recipient's key), when, by whom or by the platform. */
    public record Reminder(String recipient, Instant at, String sentBy, boolean automatic) {}

    /** A notice waiting for the acknowledgement of the actor's side. */
    public record Waiting(
            UUID notice,
            String subject,
            NoticePriority priority,
            @Nullable Instant acknowledgeBy) {}

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;
    /** Each recipient is looked up: more than there are regions and organisations is a mistake. */
    static final int MAX_RECIPIENTS = 100;

    static final int LIST_LIMIT = 200;
    /** The name reminders and other steps of the platform itself are recorded under. */
    static final String PLATFORM = "nspl";

    private final Notices notices;
    private final Parties parties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeBoard(Notices notices, Parties parties, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.parties = parties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Notice send(NoticeDraft draft, Actor actor) {
        if (!NoticePermissions.maySend(actor)) {
            throw new ForbiddenException("Only the secretariat and the regions' coordinators send notices");
        }
        var errors = new ArrayList<FieldError>();
        String subject = text("subject", draft.subject(), MAX_SUBJECT, errors);
        String body = text("body", draft.body(), MAX_BODY, errors);
        boolean acknowledgementRequired = Boolean.TRUE.equals(draft.acknowledgementRequired());
        var now = clock.instant();
        if (draft.acknowledgeBy() != null && !acknowledgementRequired) {
            errors.add(FieldError.coded(
                    "acknowledgeBy",
                    "notice.error.deadlineWithoutAcknowledgement",
                    "is only for a notice that asks for acknowledgement"));
        } else if (draft.acknowledgeBy() != null && !draft.acknowledgeBy().isAfter(now)) {
            errors.add(FieldError.coded("acknowledgeBy", "notice.error.deadlinePassed", "must be in the future"));
        }
        var senderRegion =
                NoticePermissions.isSecretariat(actor) ? null : actor.region().orElseThrow();
        var recipients = recipients(draft, senderRegion, acknowledgementRequired, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var notice = new Notice(
                UUID.randomUUID(),
                subject,
                body,
                draft.priority() == null ? NoticePriority.ROUTINE : draft.priority(),
                senderRegion,
                actor.name(),
                now,
                Boolean.TRUE.equals(draft.allRegions()),
                acknowledgementRequired,
                draft.acknowledgeBy(),
                recipients);
        notices.add(notice);
        audit.record(
                actor,
                "notice.SEND",
                "notice",
                notice.id().toString(),
                notice.priority() + " to " + recipients.size() + " recipients (" + notice.expected()
                        + " to acknowledge): " + subject);
        events.publishEvent(new NoticeSent(notice.id(), notice.priority(), senderRegion, recipients.size(), now));
        return notices.find(notice.id()).orElseThrow();
    }

    /** The notices the actor reads, newest first; the sending side sees every recipient, others their own. */
    @Transactional(readOnly = true)
    public List<Notice> list(Actor actor) {
        var filter = new Notices.Filter(
                NoticePermissions.isSecretariat(actor),
                actor.region().orElse(null),
                actor.hasRole(Role.AUTHORITY_VIEWER) ? authorities() : List.of());
        return notices.list(filter, LIST_LIMIT).stream()
                .filter(n -> NoticePermissions.mayRead(actor, n))
                .map(n -> asSeenBy(n, actor))
                .toList();
    }

    /** The notice, unless the actor may not read it (then it does not exist for them). */
    @Transactional(readOnly = true)
    public Notice find(UUID id, Actor actor) {
        var notice = notices.find(id)
                .filter(n -> NoticePermissions.mayRead(actor, n))
                .orElseThrow(() -> new NotFoundException("notice", id));
        return asSeenBy(notice, actor);
    }

    /** The reminders recorded for the notice, oldest first: for the sending side only. */
    @Transactional(readOnly = true)
    public List<Reminder> reminders(UUID id, Actor actor) {
        var notice = find(id, actor);
        if (!NoticePermissions.followsUp(actor, notice)) {
            throw new ForbiddenException("Only the sending side follows up a notice");
        }
        return notices.reminders(id).stream()
                .map(r -> new Reminder(r.recipient(), r.at(), r.sentBy(), r.automatic()))
                .toList();
    }

    /**
     * Acknowledges the notice on behalf of a recipient: the given region (which must be the
     * actor's own), or else the actor's region or, for the secretariat, the secretariat. A second
     * acknowledgement changes nothing and keeps the first one's time and name.
     */
    @Transactional
    public Notice acknowledge(UUID id, @Nullable RegionCode region, Actor actor) {
        var notice = notices.find(id).orElseThrow(() -> new NotFoundException("notice", id));
        String key = region != null
                ? region.value()
                : NoticePermissions.ownRecipientKey(actor, parties.secretariat().orElse(null));
        var recipient = notice.recipients().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElse(null);
        if (recipient == null || !NoticePermissions.mayAcknowledgeFor(actor, recipient)) {
            throw new ForbiddenException(
                    "Only a recipient region's coordinator (or the secretariat for itself) acknowledges a notice,"
                            + " for its own side");
        }
        if (!recipient.expected()) {
            throw new NoticeRefusedException("this notice asks " + recipient.name() + " for no acknowledgement");
        }
        var now = clock.instant();
        if (notices.acknowledge(id, recipient, actor.name(), now)) {
            audit.record(actor, "notice.ACKNOWLEDGE", "notice", id.toString(), "for " + recipient.name());
            events.publishEvent(new NoticeAcknowledged(id, recipient.key(), actor.name(), now));
        }
        return asSeenBy(notices.find(id).orElseThrow(), actor);
    }

    /**
     * Records a reminder to every recipient that has not acknowledged, by the sending side; the
     * recipients reminded (none when everyone has acknowledged).
     */
    @Transactional
    public List<Recipient> remind(UUID id, Actor actor) {
        var notice = notices.find(id).orElseThrow(() -> new NotFoundException("notice", id));
        if (!NoticePermissions.followsUp(actor, notice)) {
            throw new ForbiddenException("Only the sending side reminds the recipients of a notice");
        }
        if (!notice.acknowledgementRequired()) {
            throw new NoticeRefusedException("the notice asks for no acknowledgement");
        }
        var now = clock.instant();
        var waitedFor =
                notice.recipients().stream().filter(Recipient::waitedFor).toList();
        for (var recipient : waitedFor) {
            notices.remind(id, recipient, actor.name(), now, false);
        }
        if (!waitedFor.isEmpty()) {
            audit.record(
                    actor,
                    "notice.REMIND",
                    "notice",
                    id.toString(),
                    "reminded "
                            + String.join(
                                    ", ",
                                    waitedFor.stream().map(Recipient::name).toList()));
        }
        return waitedFor;
    }

    /**
     * Records one automatic reminder for each recipient waited for past its notice's deadline, once.
     * Safe on several nodes at once: a unique index lets only the first one's reminder in.
     *
     * @return how many reminders were recorded
     */
    @Transactional
    public int remindOverdue() {
        var now = clock.instant();
        int recorded = 0;
        for (var overdue : notices.overdueWithoutAutomaticReminder(now, 500)) {
            var recipient = notices.find(overdue.notice()).orElseThrow().recipients().stream()
                    .filter(r -> r.key().equals(key(overdue)))
                    .findFirst()
                    .orElseThrow();
            if (notices.remind(overdue.notice(), recipient, PLATFORM, now, true)) {
                audit.record(
                        PLATFORM,
                        null,
                        "notice.REMIND_AUTOMATIC",
                        "notice",
                        overdue.notice().toString(),
                        "overdue: " + recipient.name());
                recorded++;
            }
        }
        return recorded;
    }

    /**
     * The notices waiting for the acknowledgement of the actor's side: its region for a region's
     * coordinator, the secretariat for the secretariat; nothing for those who cannot acknowledge.
     * No transaction of its own: the page banner asks on every page, and one statement needs none.
     */
    public List<Waiting> waitingFor(Actor actor, int limit) {
        String key =
                NoticePermissions.ownRecipientKey(actor, parties.secretariat().orElse(null));
        if (key == null) {
            return List.of();
        }
        var party = parties.find(key).orElse(null);
        if (party == null) {
            return List.of();
        }
        return notices.waitingFor(party.region(), party.organisation(), limit).stream()
                .map(w -> new Waiting(w.notice(), w.subject(), w.priority(), w.acknowledgeBy()))
                .toList();
    }

    /** The parties a notice may go to, for the sending form. */
    public List<Party> addressable() {
        return parties.all();
    }

    private List<Recipient> recipients(
            NoticeDraft draft,
            @Nullable RegionCode senderRegion,
            boolean acknowledgementRequired,
            List<FieldError> errors) {
        var chosen = new LinkedHashMap<String, Party>();
        int listed = (draft.regions() == null ? 0 : draft.regions().size())
                + (draft.organisations() == null ? 0 : draft.organisations().size());
        if (listed > MAX_RECIPIENTS) {
            errors.add(FieldError.coded(
                    "recipients",
                    "input.tooMany",
                    "regions and organisations may list at most " + MAX_RECIPIENTS + " recipients together",
                    MAX_RECIPIENTS));
            return List.of();
        }
        if (Boolean.TRUE.equals(draft.allRegions())) {
            parties.regions().stream()
                    .filter(p -> !p.region().equals(senderRegion))
                    .forEach(p -> chosen.put(p.key(), p));
        }
        var regions = draft.regions() == null ? List.<RegionCode>of() : draft.regions();
        for (int i = 0; i < regions.size(); i++) {
            var code = regions.get(i);
            var party = code == null ? null : parties.region(code).orElse(null);
            if (party == null) {
                errors.add(FieldError.coded("regions[" + i + "]", "notice.error.noSuchRegion", "is no region"));
            } else if (code.equals(senderRegion)) {
                errors.add(FieldError.coded(
                        "regions[" + i + "]", "notice.error.toItself", "is the sending region itself"));
            } else {
                chosen.put(party.key(), party);
            }
        }
        var organisations = draft.organisations() == null ? List.<UUID>of() : draft.organisations();
        for (int i = 0; i < organisations.size(); i++) {
            var id = organisations.get(i);
            var party = id == null ? null : parties.organisation(id).orElse(null);
            if (party == null) {
                errors.add(FieldError.coded(
                        "organisations[" + i + "]", "notice.error.noSuchOrganisation", "is no organisation"));
            } else if (party.isSecretariat() && senderRegion == null) {
                errors.add(FieldError.coded(
                        "organisations[" + i + "]", "notice.error.toItself", "is the sending secretariat itself"));
            } else {
                chosen.put(party.key(), party);
            }
        }
        if (chosen.isEmpty()
                && errors.stream()
                        .noneMatch(e ->
                                e.field().startsWith("regions") || e.field().startsWith("organisations"))) {
            errors.add(FieldError.coded(
                    "recipients",
                    "notice.error.noRecipients",
                    "choose all regions, some regions or some organisations"));
        }
        return chosen.values().stream()
                .map(p -> new Recipient(
                        p.key(),
                        p.name(),
                        p.kind(),
                        p.region(),
                        p.organisation(),
                        acknowledgementRequired && (p.isRegion() || p.isSecretariat()),
                        null,
                        null,
                        0,
                        null))
                .toList();
    }

    /** The notice with every recipient for the sending side, else only the reader's own lines. */
    private static Notice asSeenBy(Notice notice, Actor actor) {
        if (NoticePermissions.followsUp(actor, notice)) {
            return notice;
        }
        return notice.withRecipients(notice.recipients().stream()
                .filter(r -> NoticePermissions.receives(actor, r))
                .toList());
    }

    private List<UUID> authorities() {
        return parties.all().stream()
                .filter(p -> p.kind() == Party.Kind.AUTHORITY || p.kind() == Party.Kind.ASSOCIATION)
                .map(Party::organisation)
                .toList();
    }

    private static String key(Notices.Overdue overdue) {
        return overdue.region() != null
                ? overdue.region().value()
                : overdue.organisation().toString();
    }

    private static String text(String field, @Nullable String text, int max, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FieldError.coded(field, "notice.error.empty", "must not be empty"));
            return "";
        }
        if (text.length() > max) {
            errors.add(FieldError.coded(field, "notice.error.tooLong", "must be at most " + max + " characters", max));
        }
        Classification.check(field, text, errors);
        return text.strip();
    }
}
