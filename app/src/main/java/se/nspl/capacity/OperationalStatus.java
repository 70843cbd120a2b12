package se.nspl.capacity;

/** Whether a unit takes patients as usual, with restrictions, or not at all. */
public enum OperationalStatus {
    NORMAL,
    RESTRICTED,
    CLOSED
}
