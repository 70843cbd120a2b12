package se.nspl.distribution;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * Vehicles or aircraft of one kind sharing a base, as a region (or, for national resources, the secretariat) keeps
 * them in the register: {@code available} of {@code count} can be planned with now. Per trip one carries up to
 * {@code capIcuVent}, {@code capIcu} and {@code capWard} patients of those levels and {@code seats} patients in all;
 * {@code fixedMinutes} is what a round trip costs beyond travelling, {@code dutyMinutes} how long one works.
 *
 * @param region the region that keeps it; null for a national resource
 */
public record TransportUnit(
        UUID id,
        String code,
        String name,
        TransportKind kind,
        @Nullable RegionCode region,
        String baseName,
        double baseLat,
        double baseLon,
        int count,
        int available,
        double speedKmh,
        double fixedMinutes,
        double dutyMinutes,
        int capIcuVent,
        int capIcu,
        int capWard,
        int seats,
        long version,
        Instant updatedAt,
        String updatedBy) {

    public boolean isNational() {
        return region == null;
    }
}
