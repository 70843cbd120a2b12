package se.nspl.distribution.engine;

/** A point on the Earth's surface, in decimal degrees as the contract's {@code lat} and {@code lon}. */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        new FieldErrors().latitude("lat", lat).longitude("lon", lon).throwIfAny();
    }
}
