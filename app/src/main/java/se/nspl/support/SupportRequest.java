package se.nspl.support;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * A request for support with what it asks for and the offers made. Exactly one of
 * {@code requestingRegion} and {@code requestingOrganisation} is set; {@code workflow} is null until
 * the request is submitted.
 */
public record SupportRequest(
        UUID id,
        SupportType type,
        @Nullable RegionCode requestingRegion,
        @Nullable String requestingOrganisation,
        String title,
        @Nullable String description,
        Urgency urgency,
        @Nullable Instant neededFrom,
        @Nullable Instant neededUntil,
        @Nullable Workflow workflow,
        RequestState state,
        Extent commitment,
        Transport transport,
        Extent fulfilment,
        List<Item> items,
        List<Offer> offers,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {

    public SupportRequest {
        items = List.copyOf(items);
        offers = List.copyOf(offers);
    }

    /** The same request with these items and offers. */
    SupportRequest with(List<Item> items, List<Offer> offers) {
        return copy(workflow, state, commitment, transport, fulfilment, items, offers, version, updatedAt);
    }

    /** The same request where it stands now. */
    SupportRequest with(
            @Nullable Workflow workflow,
            RequestState state,
            Extent commitment,
            Transport transport,
            Extent fulfilment) {
        return copy(workflow, state, commitment, transport, fulfilment, items, offers, version, updatedAt);
    }

    /** The request as changed at {@code at}: one version on. */
    SupportRequest changedAt(Instant at) {
        return copy(workflow, state, commitment, transport, fulfilment, items, offers, version + 1, at);
    }

    /** What a request's life changes; what its author wrote stays. */
    private SupportRequest copy(
            @Nullable Workflow workflow,
            RequestState state,
            Extent commitment,
            Transport transport,
            Extent fulfilment,
            List<Item> items,
            List<Offer> offers,
            long version,
            Instant updatedAt) {
        return new SupportRequest(
                id,
                type,
                requestingRegion,
                requestingOrganisation,
                title,
                description,
                urgency,
                neededFrom,
                neededUntil,
                workflow,
                state,
                commitment,
                transport,
                fulfilment,
                items,
                offers,
                version,
                createdAt,
                createdBy,
                updatedAt);
    }

    public boolean isFromAnAuthority() {
        return requestingRegion == null;
    }

    /** How much of the request accepted offers cover (delivered ones were accepted first). */
    public Extent commitmentOf(List<Offer> offers) {
        return coverage(offers, Set.of(OfferState.ACCEPTED, OfferState.DELIVERED));
    }

    /** How much of the request has been delivered. */
    public Extent fulfilmentOf(List<Offer> offers) {
        return coverage(offers, Set.of(OfferState.DELIVERED));
    }

    /** What of the item is committed already by accepted (or delivered) offers. */
    public int committed(UUID item) {
        return covered(item, offers, Set.of(OfferState.ACCEPTED, OfferState.DELIVERED));
    }

    /** The item of this request with the id; null when it has none. */
    public @Nullable Item item(UUID id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private Extent coverage(List<Offer> offers, Set<OfferState> counted) {
        boolean any = false;
        boolean all = true;
        for (var item : items) {
            int covered = covered(item.id(), offers, counted);
            any |= covered > 0;
            all &= covered >= item.quantity();
        }
        if (all && !items.isEmpty()) {
            return Extent.COMPLETE;
        }
        return any ? Extent.PARTIAL : Extent.NONE;
    }

    private static int covered(UUID item, List<Offer> offers, Set<OfferState> counted) {
        return offers.stream()
                .filter(o -> counted.contains(o.state()))
                .mapToInt(o -> o.quantityOf(item))
                .sum();
    }
}
