package se.nspl.organisation;

import java.time.Instant;
import java.util.UUID;
import se.nspl.shared.RegionCode;

/** A hospital site of a region; its reporting units report capacity. */
public record Hospital(
        UUID id,
        String slug,
        String name,
        RegionCode region,
        String city,
        double lat,
        double lon,
        boolean university,
        String source,
        long version,
        Instant updatedAt) {}
