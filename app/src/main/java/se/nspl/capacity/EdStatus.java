package se.nspl.capacity;

/** The emergency department's state (akutmottagning). */
public enum EdStatus {
    OPEN,
    DIVERTING,
    CLOSED
}
