package se.nspl.capacity;

import java.time.Instant;
import java.util.UUID;
import se.nspl.shared.RegionCode;

/** One change of a region's preparedness level: who raised or lowered it, when and why. */
public record PreparednessChange(
        UUID id, RegionCode region, PreparednessLevel level, Instant setAt, String setBy, String comment) {}
