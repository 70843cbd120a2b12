package se.nspl.support;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/** One step of a request's history: who did what, when. */
public record TimelineEntry(
        Instant at,
        String actor,
        @Nullable RegionCode actorRegion,
        SupportAction action,
        @Nullable String detail) {}
