package se.nspl.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.nspl.support.SupportAction.ACCEPT;
import static se.nspl.support.SupportAction.ANSWER;
import static se.nspl.support.SupportAction.APPROVE;
import static se.nspl.support.SupportAction.CANCEL;
import static se.nspl.support.SupportAction.CLOSE;
import static se.nspl.support.SupportAction.CREATE;
import static se.nspl.support.SupportAction.DECLINE;
import static se.nspl.support.SupportAction.DELIVER;
import static se.nspl.support.SupportAction.EDIT;
import static se.nspl.support.SupportAction.OFFER;
import static se.nspl.support.SupportAction.REQUEST_INFORMATION;
import static se.nspl.support.SupportAction.SUBMIT;
import static se.nspl.support.SupportAction.UPDATE_TRANSPORT;
import static se.nspl.support.SupportAction.WITHDRAW;
import static se.nspl.support.SupportWorkflowTest.Caller.ADMIN;
import static se.nspl.support.SupportWorkflowTest.Caller.NATIONAL;
import static se.nspl.support.SupportWorkflowTest.Caller.OFFERING_REGION;
import static se.nspl.support.SupportWorkflowTest.Caller.REQUESTING_REGION;
import static se.nspl.support.SupportWorkflowTest.Caller.THIRD_REGION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/** The workflow's table, written out again as the specification: who may do what, and when. */
class SupportWorkflowTest {

    static final RegionCode REQUESTING = RegionCode.of("25");
    static final RegionCode OFFERING = RegionCode.of("24");
    static final RegionCode THIRD = RegionCode.of("01");

    enum Caller {
        NATIONAL(Role.NATIONAL_COORDINATOR, null),
        ADMIN(Role.ADMIN, null),
        REQUESTING_REGION(Role.REGION_COORDINATOR, REQUESTING),
        OFFERING_REGION(Role.REGION_COORDINATOR, OFFERING),
        THIRD_REGION(Role.REGION_COORDINATOR, THIRD),
        REQUESTING_REPORTER(Role.REPORTER, REQUESTING),
        OFFERING_REPORTER(Role.REPORTER, OFFERING),
        AUTHORITY(Role.AUTHORITY_VIEWER, null),
        FINANCE(Role.FINANCE, null);

        final Actor actor;

        Caller(Role role, RegionCode region) {
            this.actor = new Actor(UUID.randomUUID(), name(), role, Optional.ofNullable(region), Set.of());
        }
    }

    /** Who may take each action on region 25's request and region 24's offer. */
    static final Map<SupportAction, Set<Caller>> MAY = new EnumMap<>(SupportAction.class);

    /** In which workflow and request state each action is possible (for a caller who may take it). */
    static final Map<SupportAction, BiPredicate<Workflow, RequestState>> WHEN = new EnumMap<>(SupportAction.class);

    static {
        var requesterOrSecretariat = EnumSet.of(NATIONAL, ADMIN, REQUESTING_REGION);
        var secretariat = EnumSet.of(NATIONAL, ADMIN);
        MAY.put(CREATE, requesterOrSecretariat);
        MAY.put(EDIT, requesterOrSecretariat);
        MAY.put(SUBMIT, requesterOrSecretariat);
        MAY.put(REQUEST_INFORMATION, secretariat);
        MAY.put(ANSWER, EnumSet.of(REQUESTING_REGION));
        MAY.put(APPROVE, secretariat);
        MAY.put(OFFER, EnumSet.of(NATIONAL, ADMIN, OFFERING_REGION, THIRD_REGION));
        MAY.put(WITHDRAW, EnumSet.of(OFFERING_REGION));
        MAY.put(ACCEPT, EnumSet.of(REQUESTING_REGION));
        MAY.put(DECLINE, EnumSet.of(REQUESTING_REGION));
        MAY.put(DELIVER, EnumSet.of(OFFERING_REGION, REQUESTING_REGION));
        // A region helps with the transport once its offer is accepted: see aCommittedRegionUpdatesTheTransport.
        MAY.put(UPDATE_TRANSPORT, requesterOrSecretariat);
        MAY.put(CANCEL, requesterOrSecretariat);
        MAY.put(CLOSE, requesterOrSecretariat);

        WHEN.put(CREATE, (w, s) -> true);
        WHEN.put(EDIT, (w, s) -> s == RequestState.DRAFT || s == RequestState.NEEDS_INFORMATION);
        WHEN.put(SUBMIT, (w, s) -> s == RequestState.DRAFT);
        WHEN.put(REQUEST_INFORMATION, (w, s) -> w == Workflow.FULL && s == RequestState.SUBMITTED);
        WHEN.put(ANSWER, (w, s) -> s == RequestState.NEEDS_INFORMATION);
        WHEN.put(APPROVE, (w, s) -> w == Workflow.FULL && s == RequestState.SUBMITTED);
        WHEN.put(OFFER, (w, s) -> s == RequestState.SUBMITTED || s == RequestState.APPROVED);
        WHEN.put(WITHDRAW, (w, s) -> true);
        WHEN.put(
                ACCEPT,
                (w, s) -> w == Workflow.SHORT && s == RequestState.SUBMITTED
                        || w == Workflow.FULL && s == RequestState.APPROVED);
        WHEN.put(DECLINE, (w, s) -> s.isOpen());
        WHEN.put(DELIVER, (w, s) -> s.isOpen());
        WHEN.put(UPDATE_TRANSPORT, (w, s) -> s.isOpen());
        WHEN.put(CANCEL, (w, s) -> s != RequestState.CANCELLED && s != RequestState.CLOSED);
        WHEN.put(CLOSE, (w, s) -> s.isOpen());
    }

    static Stream<Arguments> everyActionByEveryCaller() {
        var cases = new ArrayList<Arguments>();
        for (var action : SupportAction.values()) {
            for (var caller : Caller.values()) {
                cases.add(Arguments.of(action, caller, MAY.get(action).contains(caller)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed = {2}")
    @MethodSource("everyActionByEveryCaller")
    void onlyThePartiesOfTheTableTakeAnAction(SupportAction action, Caller caller, boolean allowed) {
        var request = requestWhere(action);
        var offer = offerWhere(action, request);

        if (allowed) {
            assertThatCode(() -> SupportWorkflow.check(action, caller.actor, request, offer))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> SupportWorkflow.check(action, caller.actor, request, offer))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    static Stream<Arguments> everyActionInEveryState() {
        var cases = new ArrayList<Arguments>();
        for (var action : SupportAction.values()) {
            for (var workflow : Workflow.values()) {
                for (var state : RequestState.values()) {
                    cases.add(Arguments.of(
                            action, workflow, state, WHEN.get(action).test(workflow, state)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1} path while {2}: possible = {3}")
    @MethodSource("everyActionInEveryState")
    void anActionIsPossibleOnlyInItsStates(
            SupportAction action, Workflow workflow, RequestState state, boolean possible) {
        var request = request(workflow, state);
        var offer = offerWhere(action, request);
        var caller = MAY.get(action).iterator().next();

        if (possible) {
            assertThatCode(() -> SupportWorkflow.check(action, caller.actor, request, offer))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> SupportWorkflow.check(action, caller.actor, request, offer))
                    .isInstanceOf(TransitionRefusedException.class);
        }
    }

    static Stream<Arguments> everyOfferActionInEveryOfferState() {
        var expected = Map.of(
                WITHDRAW, Set.of(OfferState.OFFERED),
                ACCEPT, Set.of(OfferState.OFFERED),
                DECLINE, Set.of(OfferState.OFFERED),
                DELIVER, Set.of(OfferState.ACCEPTED));
        var cases = new ArrayList<Arguments>();
        expected.forEach((action, states) -> {
            for (var state : OfferState.values()) {
                cases.add(Arguments.of(action, state, states.contains(state)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} while the offer is {1}: possible = {2}")
    @MethodSource("everyOfferActionInEveryOfferState")
    void anOfferActionIsPossibleOnlyInItsOfferStates(SupportAction action, OfferState state, boolean possible) {
        var request = request(Workflow.SHORT, RequestState.SUBMITTED);
        var offer = offer(request, state);
        var caller = MAY.get(action).iterator().next();

        if (possible) {
            assertThatCode(() -> SupportWorkflow.check(action, caller.actor, request, offer))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> SupportWorkflow.check(action, caller.actor, request, offer))
                    .isInstanceOf(TransitionRefusedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(SupportAction.class)
    void theWrongCallerIsForbiddenWhateverTheState(SupportAction action) {
        var request = request(Workflow.FULL, RequestState.CLOSED);
        var offer = offer(request, OfferState.DELIVERED);

        assertThatThrownBy(() -> SupportWorkflow.check(action, Caller.AUTHORITY.actor, request, offer))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyTheReceivingRegionAcceptsAnOfferNotTheSecretariat() {
        var request = request(Workflow.FULL, RequestState.APPROVED);
        var offer = offer(request, OfferState.OFFERED);

        assertThatThrownBy(() -> SupportWorkflow.check(ACCEPT, NATIONAL.actor, request, offer))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> SupportWorkflow.check(ACCEPT, OFFERING_REGION.actor, request, offer))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> SupportWorkflow.check(ACCEPT, REQUESTING_REGION.actor, request, offer))
                .doesNotThrowAnyException();
    }

    @Test
    void onTheFullPathNoOfferIsAcceptedBeforeTheSecretariatApproves() {
        var request = request(Workflow.FULL, RequestState.SUBMITTED);
        var offer = offer(request, OfferState.OFFERED);

        assertThatThrownBy(() -> SupportWorkflow.check(ACCEPT, REQUESTING_REGION.actor, request, offer))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("approves");
    }

    @Test
    void theSecretariatIsTheReceivingSideOfAnAuthoritysRequest() {
        var request = authorityRequest(Workflow.FULL, RequestState.APPROVED);
        var offer = offer(request, OfferState.OFFERED);

        assertThatCode(() -> SupportWorkflow.check(ACCEPT, NATIONAL.actor, request, offer))
                .doesNotThrowAnyException();
        assertThatCode(() -> SupportWorkflow.check(OFFER, THIRD_REGION.actor, request, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SupportWorkflow.check(ACCEPT, THIRD_REGION.actor, request, offer))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCommittedRegionUpdatesTheTransportAnOfferingOneDoesNot() {
        var submitted = request(Workflow.SHORT, RequestState.SUBMITTED);
        var offered = withOffer(submitted, offer(submitted, OfferState.OFFERED));
        var accepted = withOffer(submitted, offer(submitted, OfferState.ACCEPTED));

        assertThatThrownBy(() -> SupportWorkflow.check(UPDATE_TRANSPORT, OFFERING_REGION.actor, offered, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> SupportWorkflow.check(UPDATE_TRANSPORT, OFFERING_REGION.actor, accepted, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SupportWorkflow.check(UPDATE_TRANSPORT, THIRD_REGION.actor, accepted, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void nobodyWithdrawsAnotherRegionsOffer() {
        var request = request(Workflow.SHORT, RequestState.SUBMITTED);
        var offer = offer(request, OfferState.OFFERED);

        for (var caller : List.of(NATIONAL, ADMIN, REQUESTING_REGION, THIRD_REGION)) {
            assertThatThrownBy(() -> SupportWorkflow.check(WITHDRAW, caller.actor, request, offer))
                    .as(caller.name())
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(PreparednessLevel.class)
    void theFullPathIsForFörstärkningslägeAndKatastrofläge(PreparednessLevel level) {
        var expected = level == PreparednessLevel.FORSTARKNINGSLAGE || level == PreparednessLevel.KATASTROFLAGE
                ? Workflow.FULL
                : Workflow.SHORT;

        assertThat(Workflow.at(level)).isEqualTo(expected);
    }

    @Test
    void eachActionLeadsToItsState() {
        assertThat(SupportWorkflow.after(SUBMIT, RequestState.DRAFT)).isEqualTo(RequestState.SUBMITTED);
        assertThat(SupportWorkflow.after(REQUEST_INFORMATION, RequestState.SUBMITTED))
                .isEqualTo(RequestState.NEEDS_INFORMATION);
        assertThat(SupportWorkflow.after(ANSWER, RequestState.NEEDS_INFORMATION))
                .isEqualTo(RequestState.SUBMITTED);
        assertThat(SupportWorkflow.after(APPROVE, RequestState.SUBMITTED)).isEqualTo(RequestState.APPROVED);
        assertThat(SupportWorkflow.after(CANCEL, RequestState.APPROVED)).isEqualTo(RequestState.CANCELLED);
        assertThat(SupportWorkflow.after(CLOSE, RequestState.APPROVED)).isEqualTo(RequestState.CLOSED);
        assertThat(SupportWorkflow.after(ACCEPT, RequestState.SUBMITTED)).isEqualTo(RequestState.SUBMITTED);
        assertThat(SupportWorkflow.offerAfter(ACCEPT, OfferState.OFFERED)).isEqualTo(OfferState.ACCEPTED);
        assertThat(SupportWorkflow.offerAfter(DECLINE, OfferState.OFFERED)).isEqualTo(OfferState.DECLINED);
        assertThat(SupportWorkflow.offerAfter(WITHDRAW, OfferState.OFFERED)).isEqualTo(OfferState.WITHDRAWN);
        assertThat(SupportWorkflow.offerAfter(DELIVER, OfferState.ACCEPTED)).isEqualTo(OfferState.DELIVERED);
    }

    @Test
    void commitmentCountsAcceptedQuantitiesAndFulfilmentDeliveredOnes() {
        var request = request(Workflow.SHORT, RequestState.SUBMITTED);
        var icu = request.items().get(0).id();
        var half = new Offer(
                UUID.randomUUID(),
                request.id(),
                OFFERING,
                OfferState.ACCEPTED,
                List.of(new Offer.Quantity(icu, 2)),
                null,
                0,
                Instant.EPOCH,
                "x");
        var rest = new Offer(
                UUID.randomUUID(),
                request.id(),
                THIRD,
                OfferState.DELIVERED,
                List.of(new Offer.Quantity(icu, 2)),
                null,
                0,
                Instant.EPOCH,
                "x");

        assertThat(request.commitmentOf(List.of())).isEqualTo(Extent.NONE);
        assertThat(request.commitmentOf(List.of(half))).isEqualTo(Extent.PARTIAL);
        assertThat(request.commitmentOf(List.of(half, rest))).isEqualTo(Extent.COMPLETE);
        assertThat(request.fulfilmentOf(List.of(half, rest))).isEqualTo(Extent.PARTIAL);
    }

    /** A request and offer where the action is possible for those who may take it. */
    private static SupportRequest requestWhere(SupportAction action) {
        return switch (action) {
            case CREATE, EDIT, SUBMIT -> request(Workflow.SHORT, RequestState.DRAFT);
            case REQUEST_INFORMATION, APPROVE -> request(Workflow.FULL, RequestState.SUBMITTED);
            case ANSWER -> request(Workflow.FULL, RequestState.NEEDS_INFORMATION);
            default -> request(Workflow.SHORT, RequestState.SUBMITTED);
        };
    }

    private static Offer offerWhere(SupportAction action, SupportRequest request) {
        return switch (action) {
            case WITHDRAW, ACCEPT, DECLINE -> offer(request, OfferState.OFFERED);
            case DELIVER -> offer(request, OfferState.ACCEPTED);
            default -> null;
        };
    }

    private static SupportRequest withOffer(SupportRequest r, Offer offer) {
        return new SupportRequest(
                r.id(),
                r.type(),
                r.requestingRegion(),
                r.requestingOrganisation(),
                r.title(),
                r.description(),
                r.urgency(),
                r.neededFrom(),
                r.neededUntil(),
                r.workflow(),
                r.state(),
                r.commitment(),
                r.transport(),
                r.fulfilment(),
                r.items(),
                List.of(offer),
                r.version(),
                r.createdAt(),
                r.createdBy(),
                r.updatedAt());
    }

    static SupportRequest request(Workflow workflow, RequestState state) {
        return request(REQUESTING, null, workflow, state);
    }

    static SupportRequest authorityRequest(Workflow workflow, RequestState state) {
        return request(null, "Försvarsmakten", workflow, state);
    }

    private static SupportRequest request(
            RegionCode region, String organisation, Workflow workflow, RequestState state) {
        return new SupportRequest(
                UUID.randomUUID(),
                SupportType.PATIENT_TRANSFER,
                region,
                organisation,
                "Take 4 ICU patients",
                null,
                Urgency.IMMEDIATE,
                null,
                null,
                state == RequestState.DRAFT ? null : workflow,
                state,
                Extent.NONE,
                Transport.TO_ARRANGE,
                Extent.NONE,
                List.of(new Item(UUID.randomUUID(), CareLevel.ICU, null, 4)),
                List.of(),
                0,
                Instant.EPOCH,
                "t",
                Instant.EPOCH);
    }

    private static Offer offer(SupportRequest request, OfferState state) {
        return new Offer(
                UUID.randomUUID(),
                request.id(),
                OFFERING,
                state,
                List.of(new Offer.Quantity(request.items().get(0).id(), 2)),
                null,
                0,
                Instant.EPOCH,
                "t-region-24");
    }
}
