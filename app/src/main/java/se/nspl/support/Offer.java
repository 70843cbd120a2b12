package se.nspl.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/** A region's offer of all or part of what a request asks for, item by item. */
public record Offer(
        UUID id,
        UUID request,
        RegionCode offeringRegion,
        OfferState state,
        List<Quantity> items,
        @Nullable String comment,
        long version,
        Instant createdAt,
        String createdBy) {

    /** How many of a request's item are offered. */
    public record Quantity(UUID item, int quantity) {}

    public Offer {
        items = List.copyOf(items);
    }

    public int quantityOf(UUID item) {
        return items.stream()
                .filter(q -> q.item().equals(item))
                .mapToInt(Quantity::quantity)
                .sum();
    }
}
