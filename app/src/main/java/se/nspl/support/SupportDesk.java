package se.nspl.support;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.capacity.Preparedness;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.shared.StaleVersionException;

/**
 * The support desk: requests, offers and their workflow ({@link SupportWorkflow}). Every change
 * locks the request's row, is written to its timeline and the audit trail, and published as
 * {@link SupportRequestChanged}.
 */
@Service
public class SupportDesk {

    /** What a request asks for, as its author writes it. Exactly one of region and organisation. */
    public record RequestDraft(
            @Nullable SupportType type,
            @Nullable RegionCode region,
            @Nullable String organisation,
            @Nullable String title,
            @Nullable String description,
            @Nullable Urgency urgency,
            @Nullable Instant neededFrom,
            @Nullable Instant neededUntil,
            @Nullable Transport transport,
            @Nullable List<ItemDraft> items) {}

    /** Patients of a care level, or a free kind such as "intensive-care nurses", and how many. */
    public record ItemDraft(
            @Nullable CareLevel careLevel, @Nullable String kind, int quantity) {}

    /** A region's offer: per item of the request, how many. */
    public record OfferDraft(
            @Nullable RegionCode region,
            @Nullable List<Offer.Quantity> items,
            @Nullable String comment) {}

    /** What the board shows; null fields mean any. */
    public record Query(
            @Nullable SupportType type,
            @Nullable RegionCode region,
            @Nullable RequestState state) {}

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_TEXT = 2000;
    static final int MAX_ITEMS = 50;
    static final int MAX_QUANTITY = 100_000;

    private final SupportRequests requests;
    private final Preparedness preparedness;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final SupportMode mode;
    private final Clock clock;

    SupportDesk(
            SupportRequests requests,
            Preparedness preparedness,
            Regions regions,
            ApplicationEventPublisher events,
            AuditTrail audit,
            SupportMode mode,
            Clock clock) {
        this.requests = requests;
        this.preparedness = preparedness;
        this.regions = regions;
        this.events = events;
        this.audit = audit;
        this.mode = mode;
        this.clock = clock;
    }

    /** The request, unless it is a draft the actor may not see (then it does not exist for them). */
    public SupportRequest find(UUID id, Actor actor) {
        return requests.find(id).filter(r -> visible(r, actor)).orElseThrow(() -> notFound(id));
    }

    public List<SupportRequest> list(Query query, Actor actor) {
        boolean secretariat = secretariat(actor);
        var filter = new SupportRequests.Filter(
                query.type(), query.region(), query.state(), actor.region().orElse(null), secretariat);
        return requests.list(filter, 500);
    }

    public List<TimelineEntry> timeline(UUID id, Actor actor) {
        find(id, actor);
        return requests.timeline(id);
    }

    @Transactional
    public SupportRequest create(RequestDraft draft, Actor actor) {
        var now = clock.instant();
        var request = fromDraft(UUID.randomUUID(), draft, List.of(), 0, now, actor.name(), now);
        SupportWorkflow.check(SupportAction.CREATE, actor, request, null);
        requests.add(request);
        return changed(request, SupportAction.CREATE, null, actor, request.title());
    }

    @Transactional
    public SupportRequest edit(UUID id, long version, RequestDraft draft, Actor actor) {
        var before = locked(id, actor);
        SupportWorkflow.check(SupportAction.EDIT, actor, before, null);
        if (before.version() != version) {
            throw new StaleVersionException("support request", id, version);
        }
        if (draft.region() != null && !draft.region().equals(before.requestingRegion())
                || draft.organisation() != null && !draft.organisation().equals(before.requestingOrganisation())) {
            throw invalid("region", "sideFixed", "the requesting side of a request cannot change");
        }
        var withSide = new RequestDraft(
                draft.type(),
                before.requestingRegion(),
                before.requestingOrganisation(),
                draft.title(),
                draft.description(),
                draft.urgency(),
                draft.neededFrom(),
                draft.neededUntil(),
                draft.transport(),
                draft.items());
        var now = clock.instant();
        var edited =
                fromDraft(id, withSide, List.of(), before.version() + 1, before.createdAt(), before.createdBy(), now);
        edited = edited.with(
                before.workflow(), before.state(), before.commitment(), edited.transport(), before.fulfilment());
        boolean itemsChanged = !sameItems(before.items(), edited.items());
        if (itemsChanged && !before.offers().isEmpty()) {
            // Offers count against the items: what was offered for must stay what is asked for.
            throw new TransitionRefusedException(
                    "the items cannot change once offers are made; cancel the request" + " and write a new one");
        }
        if (!itemsChanged) {
            edited = edited.with(before.items(), edited.offers());
        }
        requests.update(edited, itemsChanged);
        return changed(edited, SupportAction.EDIT, null, actor, null);
    }

    @Transactional
    public SupportRequest submit(UUID id, Actor actor) {
        var request = locked(id, actor);
        SupportWorkflow.check(SupportAction.SUBMIT, actor, request, null);
        // Decided once, at submission: a request does not change path when a level or the mode
        // changes later.
        var workflow = request.isFromAnAuthority() || mode.current().heightened()
                ? Workflow.FULL
                : Workflow.at(preparedness.current(request.requestingRegion()));
        return transition(request, SupportAction.SUBMIT, workflow, actor, "workflow " + workflow);
    }

    @Transactional
    public SupportRequest requestInformation(UUID id, @Nullable String question, Actor actor) {
        return step(id, SupportAction.REQUEST_INFORMATION, question, true, actor);
    }

    @Transactional
    public SupportRequest answer(UUID id, @Nullable String answer, Actor actor) {
        return step(id, SupportAction.ANSWER, answer, true, actor);
    }

    @Transactional
    public SupportRequest approve(UUID id, @Nullable String comment, Actor actor) {
        return step(id, SupportAction.APPROVE, comment, false, actor);
    }

    @Transactional
    public SupportRequest cancel(UUID id, @Nullable String reason, Actor actor) {
        return step(id, SupportAction.CANCEL, reason, false, actor);
    }

    @Transactional
    public SupportRequest close(UUID id, @Nullable String comment, Actor actor) {
        return step(id, SupportAction.CLOSE, comment, false, actor);
    }

    /** A step that changes the request's state and may carry a text (a question, an answer, a reason). */
    private SupportRequest step(
            UUID id, SupportAction action, @Nullable String text, boolean textRequired, Actor actor) {
        var request = locked(id, actor);
        SupportWorkflow.check(action, actor, request, null);
        return transition(request, action, request.workflow(), actor, text("text", text, textRequired));
    }

    /** Records how far the transport has come; any of its values, while the request is open. */
    @Transactional
    public SupportRequest updateTransport(UUID id, @Nullable Transport transport, Actor actor) {
        var request = locked(id, actor);
        SupportWorkflow.check(SupportAction.UPDATE_TRANSPORT, actor, request, null);
        if (transport == null) {
            throw invalid("transport", "oneOf", "must be one of {0}", List.of(Transport.values()));
        }
        var changed = bump(request.with(
                request.workflow(), request.state(), request.commitment(), transport, request.fulfilment()));
        requests.update(changed, false);
        return changed(changed, SupportAction.UPDATE_TRANSPORT, null, actor, "transport " + transport);
    }

    @Transactional
    public Offer offer(UUID id, OfferDraft draft, Actor actor) {
        var request = locked(id, actor);
        SupportWorkflow.check(SupportAction.OFFER, actor, request, null);
        var region = offeringRegion(request, draft, actor);
        var quantities = quantities(request, draft.items());
        String comment = text("comment", draft.comment(), false);
        var offer = new Offer(
                UUID.randomUUID(),
                id,
                region,
                OfferState.OFFERED,
                quantities,
                comment,
                0,
                clock.instant(),
                actor.name());
        requests.addOffer(offer);
        var offers = new ArrayList<>(request.offers());
        offers.add(offer);
        afterOffers(request, offers, SupportAction.OFFER, offer, actor, describe(request, offer));
        return offer;
    }

    @Transactional
    public Offer withdraw(UUID id, UUID offer, Actor actor) {
        return actOnOffer(id, offer, SupportAction.WITHDRAW, actor);
    }

    /**
     * Accepts the offer unless, with the offers accepted before, it would commit more of an item
     * than the request asks for: then 409, and the receiving side declines it or asks for less.
     */
    @Transactional
    public Offer accept(UUID id, UUID offer, Actor actor) {
        return actOnOffer(id, offer, SupportAction.ACCEPT, actor);
    }

    @Transactional
    public Offer decline(UUID id, UUID offer, Actor actor) {
        return actOnOffer(id, offer, SupportAction.DECLINE, actor);
    }

    @Transactional
    public Offer deliver(UUID id, UUID offer, Actor actor) {
        return actOnOffer(id, offer, SupportAction.DELIVER, actor);
    }

    private Offer actOnOffer(UUID id, UUID offerId, SupportAction action, Actor actor) {
        var request = locked(id, actor);
        var offer = request.offers().stream()
                .filter(o -> o.id().equals(offerId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("offer", offerId));
        SupportWorkflow.check(action, actor, request, offer);
        if (action == SupportAction.ACCEPT) {
            for (var quantity : offer.items()) {
                var item = request.item(quantity.item());
                int open = item.quantity() - request.committed(item.id());
                if (quantity.quantity() > open) {
                    throw new TransitionRefusedException("accepting this offer would commit " + quantity.quantity()
                            + " of '" + label(item) + "' where " + open + " are still needed");
                }
            }
        }
        var state = SupportWorkflow.offerAfter(action, offer.state());
        var now = clock.instant();
        requests.changeOffer(offerId, state, now);
        var changedOffer = new Offer(
                offer.id(),
                offer.request(),
                offer.offeringRegion(),
                state,
                offer.items(),
                offer.comment(),
                offer.version() + 1,
                offer.createdAt(),
                offer.createdBy());
        var offers = request.offers().stream()
                .map(o -> o.id().equals(offerId) ? changedOffer : o)
                .toList();
        afterOffers(request, offers, action, changedOffer, actor, describe(request, changedOffer));
        return changedOffer;
    }

    private void afterOffers(
            SupportRequest request, List<Offer> offers, SupportAction action, Offer offer, Actor actor, String detail) {
        var changed = request.with(
                request.workflow(),
                request.state(),
                request.commitmentOf(offers),
                request.transport(),
                request.fulfilmentOf(offers));
        changed = bump(changed);
        requests.update(changed, false);
        record(changed, action, offer, actor, detail);
    }

    private SupportRequest transition(
            SupportRequest request,
            SupportAction action,
            @Nullable Workflow workflow,
            Actor actor,
            @Nullable String detail) {
        var state = SupportWorkflow.after(action, request.state());
        var changed =
                bump(request.with(workflow, state, request.commitment(), request.transport(), request.fulfilment()));
        requests.update(changed, false);
        return changed(changed, action, null, actor, detail);
    }

    private SupportRequest changed(
            SupportRequest request, SupportAction action, @Nullable Offer offer, Actor actor, @Nullable String detail) {
        record(request, action, offer, actor, detail);
        return requests.find(request.id()).orElseThrow();
    }

    private void record(
            SupportRequest request, SupportAction action, @Nullable Offer offer, Actor actor, @Nullable String detail) {
        var at = clock.instant();
        requests.record(
                request.id(), new TimelineEntry(at, actor.name(), actor.region().orElse(null), action, detail));
        audit.record(actor, "support." + action, "support-request", request.id().toString(), detail);
        events.publishEvent(new SupportRequestChanged(
                request.id(),
                action,
                request.requestingRegion(),
                request.state(),
                offer == null ? null : offer.id(),
                offer == null ? null : offer.offeringRegion(),
                actor.name(),
                actor.region().orElse(null),
                at));
    }

    /**
     * The request, locked. A draft is its side's own: others cannot read it (404) and may not act
     * on it (403, as for any action that is not theirs).
     */
    private SupportRequest locked(UUID id, Actor actor) {
        var request = requests.lock(id).orElseThrow(() -> notFound(id));
        if (!visible(request, actor)) {
            throw new ForbiddenException("a draft is its requesting side's own until it is submitted");
        }
        return request;
    }

    private RegionCode offeringRegion(SupportRequest request, OfferDraft draft, Actor actor) {
        var region = draft.region() != null ? draft.region() : actor.region().orElse(null);
        if (region == null) {
            throw invalid("region", "offerRegion", "name the region on whose behalf the offer is made");
        }
        if (!secretariat(actor) && !actor.actsFor(region)) {
            throw new ForbiddenException("a region's coordinator offers for the own region only");
        }
        if (region.equals(request.requestingRegion())) {
            throw invalid("region", "offerToItself", "the requesting region does not offer to itself");
        }
        if (!regions.exists(region)) {
            throw invalid("region", "noRegion", "no region {0}", region);
        }
        return region;
    }

    private static List<Offer.Quantity> quantities(SupportRequest request, @Nullable List<Offer.Quantity> items) {
        if (items == null || items.isEmpty()) {
            throw invalid("items", "offerNothing", "offer at least one item of the request");
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidInputException(List.of(FieldError.coded(
                    "items", "input.tooMany", "may have at most " + MAX_ITEMS + " entries", MAX_ITEMS)));
        }
        var errors = new ArrayList<FieldError>();
        var seen = new HashSet<UUID>();
        for (int i = 0; i < items.size(); i++) {
            var quantity = items.get(i);
            String path = "items[" + i + "]";
            var item = quantity.item() == null ? null : request.item(quantity.item());
            if (item == null) {
                errors.add(error(path + ".item", "notAnItem", "is not an item of this request"));
                continue;
            }
            if (!seen.add(item.id())) {
                errors.add(error(path + ".item", "offeredTwice", "is offered twice"));
            }
            if (quantity.quantity() < 1 || quantity.quantity() > item.quantity()) {
                errors.add(error(path + ".quantity", "between", "must be between 1 and {0}", item.quantity()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(items);
    }

    private SupportRequest fromDraft(
            UUID id,
            RequestDraft draft,
            List<Offer> offers,
            long version,
            Instant createdAt,
            String createdBy,
            Instant now) {
        var errors = new ArrayList<FieldError>();
        if (draft.type() == null) {
            errors.add(error("type", "oneOf", "must be one of {0}", List.of(SupportType.values())));
        }
        if ((draft.region() == null)
                == (draft.organisation() == null || draft.organisation().isBlank())) {
            errors.add(error(
                    "region",
                    "regionOrOrganisation",
                    "name either the requesting region or the requesting organisation"));
        } else if (draft.region() != null && !regions.exists(draft.region())) {
            errors.add(error("region", "noRegion", "no region {0}", draft.region()));
        }
        if (draft.organisation() != null && draft.organisation().length() > MAX_TITLE) {
            errors.add(error("organisation", "maxLength", "must be at most {0} characters", MAX_TITLE));
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > MAX_TITLE) {
            errors.add(error("title", "length", "must be 1 to {0} characters", MAX_TITLE));
        }
        if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
            errors.add(error("description", "maxLength", "must be at most {0} characters", MAX_DESCRIPTION));
        }
        Classification.check("organisation", draft.organisation(), errors);
        Classification.check("title", draft.title(), errors);
        Classification.check("description", draft.description(), errors);
        if (draft.urgency() == null) {
            errors.add(error("urgency", "oneOf", "must be one of {0}", List.of(Urgency.values())));
        }
        if (draft.neededFrom() != null
                && draft.neededUntil() != null
                && draft.neededUntil().isBefore(draft.neededFrom())) {
            errors.add(error("neededUntil", "untilBeforeFrom", "must not be before neededFrom"));
        }
        if (draft.transport() != null
                && !EnumSet.of(Transport.NOT_NEEDED, Transport.TO_ARRANGE).contains(draft.transport())) {
            errors.add(error("transport", "newTransport", "a new request''s transport is NOT_NEEDED or TO_ARRANGE"));
        }
        var items = items(draft, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var transport = draft.transport() != null
                ? draft.transport()
                : draft.type() == SupportType.PATIENT_TRANSFER ? Transport.TO_ARRANGE : Transport.NOT_NEEDED;
        return new SupportRequest(
                id,
                draft.type(),
                draft.region(),
                draft.region() == null ? draft.organisation().strip() : null,
                draft.title().strip(),
                draft.description(),
                draft.urgency(),
                draft.neededFrom(),
                draft.neededUntil(),
                null,
                RequestState.DRAFT,
                Extent.NONE,
                transport,
                Extent.NONE,
                items,
                offers,
                version,
                createdAt,
                createdBy,
                now);
    }

    private static List<Item> items(RequestDraft draft, List<FieldError> errors) {
        if (draft.items() == null || draft.items().isEmpty() || draft.items().size() > MAX_ITEMS) {
            errors.add(
                    error("items", "itemCount", "list 1 to {0} things asked for, each with its quantity", MAX_ITEMS));
            return List.of();
        }
        var items = new ArrayList<Item>();
        var levels = new HashSet<CareLevel>();
        for (int i = 0; i < draft.items().size(); i++) {
            var item = draft.items().get(i);
            String path = "items[" + i + "]";
            if (item == null) {
                errors.add(error(path, "empty", "is empty"));
                continue;
            }
            boolean hasKind = item.kind() != null && !item.kind().isBlank();
            if ((item.careLevel() != null) == hasKind) {
                errors.add(error(path, "levelOrKind", "name either a careLevel or a kind"));
            } else if (draft.type() == SupportType.PATIENT_TRANSFER && item.careLevel() == null) {
                // Counts per care level, never who the patients are.
                errors.add(error(
                        path + ".careLevel", "transferByLevel", "a patient transfer counts patients per care level"));
            } else if (item.careLevel() != null && !levels.add(item.careLevel())) {
                errors.add(error(path + ".careLevel", "twice", "is listed twice"));
            }
            if (hasKind && item.kind().length() > MAX_TITLE) {
                errors.add(error(path + ".kind", "maxLength", "must be at most {0} characters", MAX_TITLE));
            }
            Classification.check(path + ".kind", item.kind(), errors);
            if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
                errors.add(error(path + ".quantity", "between", "must be between 1 and {0}", MAX_QUANTITY));
            }
            items.add(new Item(
                    UUID.randomUUID(), item.careLevel(), hasKind ? item.kind().strip() : null, item.quantity()));
        }
        return items;
    }

    private static @Nullable String text(String field, @Nullable String text, boolean required) {
        if (required && (text == null || text.isBlank())) {
            throw invalid(field, "required", "must not be empty");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw invalid(field, "maxLength", "must be at most {0} characters", MAX_TEXT);
        }
        Classification.check(field, text);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A broken rule, in English with {@code {0}} for its argument, coded {@code support.error.<code>}
     * for the other languages (messages.properties).
     */
    static FieldError error(String field, String code, String message, Object... arguments) {
        // As text: numbers are not to be grouped ("100000", not "100,000").
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return FieldError.coded(field, "support.error." + code, MessageFormat.format(message, texts), texts);
    }

    static InvalidInputException invalid(String field, String code, String message, Object... arguments) {
        return new InvalidInputException(List.of(error(field, code, message, arguments)));
    }

    private static boolean sameItems(List<Item> before, List<Item> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            var a = before.get(i);
            var b = after.get(i);
            if (a.careLevel() != b.careLevel()
                    || !java.util.Objects.equals(a.kind(), b.kind())
                    || a.quantity() != b.quantity()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(SupportRequest request, Offer offer) {
        return "offer " + offer.id() + " from region " + offer.offeringRegion() + ": "
                + offer.items().stream()
                        .map(q -> q.quantity() + " × " + label(request.item(q.item())))
                        .collect(Collectors.joining(", "));
    }

    private static String label(Item item) {
        return item.careLevel() != null ? item.careLevel().name() : item.kind();
    }

    private static boolean visible(SupportRequest request, Actor actor) {
        return request.state() != RequestState.DRAFT
                || secretariat(actor)
                || request.requestingRegion() != null && actor.actsFor(request.requestingRegion());
    }

    private static boolean secretariat(Actor actor) {
        return actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("support request", id);
    }

    /** The request as changed now: one version on. */
    private SupportRequest bump(SupportRequest r) {
        return r.changedAt(clock.instant());
    }
}
