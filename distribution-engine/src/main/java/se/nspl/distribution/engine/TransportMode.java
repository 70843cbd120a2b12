package se.nspl.distribution.engine;

/** How a transport travels, which decides how far it goes between two points. */
public enum TransportMode {
    /** Ambulances and buses: the road is longer than the great circle by the problem's road factor. */
    ROAD,
    /** Helicopters and aircraft: they fly the great circle. */
    AIR
}
