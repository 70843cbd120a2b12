package se.nspl.distribution.engine;

/** The fewest round trips of one transport that carry a load: enough for every level's capacity and for the seats. */
final class Trips {

    private Trips() {}

    /** The fewest trips of the transport that carry {@code load[level.ordinal()]} patients of each level. */
    static int fewest(Transport by, int[] load) {
        int total = 0;
        int trips = 0;
        for (CareLevel level : CareLevel.values()) {
            int patients = load[level.ordinal()];
            total += patients;
            if (patients > 0) {
                trips = Math.max(trips, ceilDiv(patients, by.capacity().of(level)));
            }
        }
        return Math.max(trips, ceilDiv(total, by.seats()));
    }

    private static int ceilDiv(int patients, int perTrip) {
        return (patients + perTrip - 1) / perTrip;
    }
}
