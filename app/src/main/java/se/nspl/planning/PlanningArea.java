package se.nspl.planning;

/** The areas the regions plan together, in the order of the matrix's columns. */
public enum PlanningArea {
    ICU_CAPACITY,
    TRANSPORT,
    BEDS,
    PLANNED_CARE,
    SUPPLIES,
    STAFF,
    COMMUNICATIONS
}
