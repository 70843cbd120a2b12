package se.nspl.simulation;

/** The numbers of one day, region and care level, in the order and with the names of the contract's output. */
public enum Measure {
    ARRIVALS("arrivals"),
    DISCHARGES("discharges"),
    /** At the end of the day, overflow included. */
    OCCUPIED("occupied"),
    CAPACITY("capacity"),
    /** Occupied above capacity after the day's transfers. */
    OVERFLOW("overflow"),
    TRANSFERS_OUT("transfersOut"),
    TRANSFERS_IN("transfersIn"),
    /** Elective patients postponed so far. */
    BACKLOG("backlog");

    static final int COUNT = values().length;

    private final String field;

    Measure(String field) {
        this.field = field;
    }

    /** The field's name in the JSON. */
    public String field() {
        return field;
    }
}
