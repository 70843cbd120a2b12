package se.nspl.distribution.engine;

/**
 * A hospital that sends patients away or takes them in. {@code free} is what it can take in, reserves already
 * deducted.
 */
public record Hospital(String id, String region, double lat, double lon, LevelCounts free) {

    public Hospital {
        new FieldErrors()
                .notBlank("id", id)
                .notBlank("region", region)
                .latitude("lat", lat)
                .longitude("lon", lon)
                .present("free", free)
                .throwIfAny();
    }

    public GeoPoint location() {
        return new GeoPoint(lat, lon);
    }
}
