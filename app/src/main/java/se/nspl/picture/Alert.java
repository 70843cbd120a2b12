package se.nspl.picture;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/**
 * Something in the picture that changed for the worse or the better and should be seen: a
 * region's (or, without a region, the country's) care level crossing a traffic-light threshold,
 * or a region raising its preparedness level.
 *
 * @param from the light or preparedness level before
 * @param to the light or preparedness level now
 * @param percentFree for a threshold, the share of free staffed beds that crossed it
 */
public record Alert(
        UUID id,
        Instant raisedAt,
        Optional<RegionCode> region,
        Kind kind,
        Optional<CareLevel> level,
        String from,
        String to,
        Optional<Double> percentFree) {

    public enum Kind {
        THRESHOLD,
        PREPAREDNESS
    }

    /** Whether things got worse: a light towards red, or a raised preparedness level. */
    public boolean worsening() {
        return kind == Kind.PREPAREDNESS
                || TrafficLight.valueOf(to).ordinal()
                        < TrafficLight.valueOf(from).ordinal();
    }
}
