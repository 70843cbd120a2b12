package se.nspl.support;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * Published on every change of a request or one of its offers, for notifications and the audit trail.
 *
 * @param requestingRegion null when an authority asked
 * @param offer the offer acted on, null for changes of the request itself
 * @param offeringRegion the offer's region, null for changes of the request itself
 * @param actorRegion the region the actor acts for; null for the secretariat
 */
public record SupportRequestChanged(
        UUID request,
        SupportAction action,
        @Nullable RegionCode requestingRegion,
        RequestState state,
        @Nullable UUID offer,
        @Nullable RegionCode offeringRegion,
        String actor,
        @Nullable RegionCode actorRegion,
        Instant at) {}
