package se.nspl.picture;

/**
 * Beds of one care level summed over units: staffed, occupied, surge within 24 hours and reserve
 * within 7 days, as the units last reported them.
 */
public record Figures(int staffed, int occupied, int surge24h, int reserve7d) {

    public static final Figures NONE = new Figures(0, 0, 0, 0);

    /** Staffed beds not occupied; never below zero (occupancy may exceed staffed beds with surge). */
    public int available() {
        return Math.max(0, staffed - occupied);
    }

    /** Available as a share of staffed beds, in percent; null when there are no staffed beds. */
    public Double percentFree() {
        return staffed == 0 ? null : 100.0 * available() / staffed;
    }

    public Figures plus(Figures other) {
        return new Figures(
                staffed + other.staffed,
                occupied + other.occupied,
                surge24h + other.surge24h,
                reserve7d + other.reserve7d);
    }
}
