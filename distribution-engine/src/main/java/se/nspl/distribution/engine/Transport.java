package se.nspl.distribution.engine;

/**
 * {@code count} vehicles of one kind sharing a base. Per trip one vehicle carries up to {@code capacity} patients of
 * each care level and {@code seats} patients of all levels together; every round trip costs {@code fixedMinutes} on
 * top of the travelling, and a vehicle works at most {@code dutyMinutes}.
 */
public record Transport(
        String id,
        TransportMode mode,
        double baseLat,
        double baseLon,
        int count,
        double speedKmh,
        double fixedMinutes,
        double dutyMinutes,
        LevelCounts capacity,
        int seats) {

    public Transport {
        new FieldErrors()
                .notBlank("id", id)
                .present("mode", mode)
                .latitude("baseLat", baseLat)
                .longitude("baseLon", baseLon)
                .atLeast("count", count, 1)
                .positive("speedKmh", speedKmh)
                .notNegative("fixedMinutes", fixedMinutes)
                .positive("dutyMinutes", dutyMinutes)
                .present("capacity", capacity)
                .atLeast("seats", seats, 1)
                .throwIfAny();
    }

    public GeoPoint base() {
        return new GeoPoint(baseLat, baseLon);
    }
}
