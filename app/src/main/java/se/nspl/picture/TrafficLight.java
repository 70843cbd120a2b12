package se.nspl.picture;

/** How much room a care level has, by its share of free staffed beds (see {@link Thresholds}). */
public enum TrafficLight {
    RED,
    YELLOW,
    GREEN,
    /** No staffed beds of this level are reported: nothing to say. */
    NONE;

    public static TrafficLight of(Figures figures, Thresholds thresholds) {
        Double free = figures.percentFree();
        if (free == null) {
            return NONE;
        }
        if (free <= thresholds.redAtMostPercentFree()) {
            return RED;
        }
        return free <= thresholds.yellowAtMostPercentFree() ? YELLOW : GREEN;
    }
}
