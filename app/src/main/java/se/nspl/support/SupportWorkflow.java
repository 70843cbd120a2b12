package se.nspl.support;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.Role;

/**
 * The whole workflow on one screen: for each action, who may take it and in which states. Who
 * comes first: the wrong caller gets {@link ForbiddenException} (403) whatever the state; the right
 * caller at the wrong moment gets {@link TransitionRefusedException} (409).
 *
 * <p>Only the receiving side accepts or declines what it receives; only the secretariat approves
 * and asks for more information; nobody withdraws another region's offer.
 */
public final class SupportWorkflow {

    /** How an actor stands to a request (an actor may stand in more than one way). */
    public enum Side {
        /** The requesting region's coordinator; for an authority's request, the secretariat. */
        REQUESTER,
        /** NATIONAL_COORDINATOR or ADMIN, acting on a region's behalf. */
        SECRETARIAT,
        /** The coordinator of the region that made the offer acted on. */
        OFFERER,
        /** A coordinator of a region other than the requesting one. */
        OTHER_REGION,
        /** The coordinator of a region whose offer was accepted: it helps arrange the transport. */
        COMMITTED_REGION
    }

    private record Rule(
            Set<Side> who,
            Set<RequestState> states,
            @Nullable Workflow onlyOn,
            Set<OfferState> offer) {}

    private static final Set<RequestState> OPEN =
            EnumSet.of(RequestState.SUBMITTED, RequestState.NEEDS_INFORMATION, RequestState.APPROVED);
    private static final Set<OfferState> ANY_OFFER = EnumSet.allOf(OfferState.class);

    private static final Map<SupportAction, Rule> RULES = new EnumMap<>(SupportAction.class);

    static {
        var requesterOrSecretariat = EnumSet.of(Side.REQUESTER, Side.SECRETARIAT);
        rule(SupportAction.CREATE, requesterOrSecretariat, EnumSet.allOf(RequestState.class), null, ANY_OFFER);
        rule(
                SupportAction.EDIT,
                requesterOrSecretariat,
                EnumSet.of(RequestState.DRAFT, RequestState.NEEDS_INFORMATION),
                null,
                ANY_OFFER);
        rule(SupportAction.SUBMIT, requesterOrSecretariat, EnumSet.of(RequestState.DRAFT), null, ANY_OFFER);
        rule(
                SupportAction.REQUEST_INFORMATION,
                EnumSet.of(Side.SECRETARIAT),
                EnumSet.of(RequestState.SUBMITTED),
                Workflow.FULL,
                ANY_OFFER);
        rule(
                SupportAction.ANSWER,
                EnumSet.of(Side.REQUESTER),
                EnumSet.of(RequestState.NEEDS_INFORMATION),
                null,
                ANY_OFFER);
        rule(
                SupportAction.APPROVE,
                EnumSet.of(Side.SECRETARIAT),
                EnumSet.of(RequestState.SUBMITTED),
                Workflow.FULL,
                ANY_OFFER);
        rule(
                SupportAction.OFFER,
                EnumSet.of(Side.OTHER_REGION, Side.SECRETARIAT),
                EnumSet.of(RequestState.SUBMITTED, RequestState.APPROVED),
                null,
                ANY_OFFER);
        rule(
                SupportAction.WITHDRAW,
                EnumSet.of(Side.OFFERER),
                EnumSet.allOf(RequestState.class),
                null,
                EnumSet.of(OfferState.OFFERED));
        // Accepting needs the short path's SUBMITTED or the full path's APPROVED: see acceptable().
        rule(
                SupportAction.ACCEPT,
                EnumSet.of(Side.REQUESTER),
                EnumSet.of(RequestState.SUBMITTED, RequestState.APPROVED),
                null,
                EnumSet.of(OfferState.OFFERED));
        rule(SupportAction.DECLINE, EnumSet.of(Side.REQUESTER), OPEN, null, EnumSet.of(OfferState.OFFERED));
        rule(
                SupportAction.DELIVER,
                EnumSet.of(Side.OFFERER, Side.REQUESTER),
                OPEN,
                null,
                EnumSet.of(OfferState.ACCEPTED));
        rule(
                SupportAction.UPDATE_TRANSPORT,
                EnumSet.of(Side.REQUESTER, Side.SECRETARIAT, Side.COMMITTED_REGION),
                OPEN,
                null,
                ANY_OFFER);
        var beforeTheEnd = EnumSet.of(
                RequestState.DRAFT, RequestState.SUBMITTED, RequestState.NEEDS_INFORMATION, RequestState.APPROVED);
        rule(SupportAction.CANCEL, requesterOrSecretariat, beforeTheEnd, null, ANY_OFFER);
        rule(SupportAction.CLOSE, requesterOrSecretariat, OPEN, null, ANY_OFFER);
    }

    private SupportWorkflow() {}

    private static void rule(
            SupportAction action,
            Set<Side> who,
            Set<RequestState> states,
            @Nullable Workflow onlyOn,
            Set<OfferState> offer) {
        RULES.put(action, new Rule(Set.copyOf(who), Set.copyOf(states), onlyOn, Set.copyOf(offer)));
    }

    /** Who may take the action, whatever the state. */
    public static Set<Side> whoMay(SupportAction action) {
        return RULES.get(action).who();
    }

    /** How the actor stands to the request and, for offer actions, to the offer. */
    public static Set<Side> sidesOf(Actor actor, SupportRequest request, @Nullable Offer offer) {
        var sides = EnumSet.noneOf(Side.class);
        boolean secretariat = actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN);
        boolean coordinator = actor.hasRole(Role.REGION_COORDINATOR);
        if (secretariat) {
            sides.add(Side.SECRETARIAT);
            if (request.isFromAnAuthority()) {
                sides.add(Side.REQUESTER);
            }
        }
        if (coordinator && request.requestingRegion() != null && actor.actsFor(request.requestingRegion())) {
            sides.add(Side.REQUESTER);
        }
        if (coordinator && !sides.contains(Side.REQUESTER)) {
            sides.add(Side.OTHER_REGION);
        }
        if (coordinator && offer != null && actor.actsFor(offer.offeringRegion())) {
            sides.add(Side.OFFERER);
        }
        if (coordinator
                && request.offers().stream()
                        .anyMatch(o -> actor.actsFor(o.offeringRegion())
                                && (o.state() == OfferState.ACCEPTED || o.state() == OfferState.DELIVERED))) {
            sides.add(Side.COMMITTED_REGION);
        }
        return sides;
    }

    /**
     * Throws unless the actor may take the action on the request (and offer) now.
     *
     * @throws ForbiddenException when the actor may not take this action on this request at all
     * @throws TransitionRefusedException when the request or offer is in the wrong state for it
     */
    public static void check(SupportAction action, Actor actor, SupportRequest request, @Nullable Offer offer) {
        var rule = RULES.get(action);
        var sides = sidesOf(actor, request, offer);
        if (sides.stream().noneMatch(rule.who()::contains)) {
            throw new ForbiddenException(action + " is for " + rule.who() + " of the request; " + actor.name() + " is "
                    + (sides.isEmpty() ? "not a party" : sides.toString()));
        }
        if (!rule.states().contains(request.state())) {
            throw new TransitionRefusedException(action + " is not possible while the request is " + request.state());
        }
        if (rule.onlyOn() != null && request.workflow() != rule.onlyOn()) {
            throw new TransitionRefusedException(action + " belongs to the " + rule.onlyOn()
                    + " path; this request takes the " + request.workflow() + " path");
        }
        if (action == SupportAction.ACCEPT && !acceptable(request)) {
            throw new TransitionRefusedException(
                    "on the FULL path the secretariat approves the request before" + " offers can be accepted");
        }
        if (offer != null && !rule.offer().contains(offer.state())) {
            throw new TransitionRefusedException(action + " is not possible while the offer is " + offer.state());
        }
    }

    /** Whether {@link #check} would let the actor take the action now: what the pages offer. */
    public static boolean allows(SupportAction action, Actor actor, SupportRequest request, @Nullable Offer offer) {
        try {
            check(action, actor, request, offer);
            return true;
        } catch (ForbiddenException | TransitionRefusedException e) {
            return false;
        }
    }

    /** The request's state after the action. */
    public static RequestState after(SupportAction action, RequestState state) {
        return switch (action) {
            case CREATE -> RequestState.DRAFT;
            case SUBMIT, ANSWER -> RequestState.SUBMITTED;
            case REQUEST_INFORMATION -> RequestState.NEEDS_INFORMATION;
            case APPROVE -> RequestState.APPROVED;
            case CANCEL -> RequestState.CANCELLED;
            case CLOSE -> RequestState.CLOSED;
            case EDIT, OFFER, WITHDRAW, ACCEPT, DECLINE, DELIVER, UPDATE_TRANSPORT -> state;
        };
    }

    /** The offer's state after the action, for the actions on an offer. */
    public static OfferState offerAfter(SupportAction action, OfferState state) {
        return switch (action) {
            case OFFER -> OfferState.OFFERED;
            case WITHDRAW -> OfferState.WITHDRAWN;
            case ACCEPT -> OfferState.ACCEPTED;
            case DECLINE -> OfferState.DECLINED;
            case DELIVER -> OfferState.DELIVERED;
            default -> state;
        };
    }

    private static boolean acceptable(SupportRequest request) {
        return request.workflow() == Workflow.FULL
                ? request.state() == RequestState.APPROVED
                : request.state() == RequestState.SUBMITTED;
    }
}
