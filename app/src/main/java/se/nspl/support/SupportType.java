package se.nspl.support;

/** What a region asks for. */
public enum SupportType {
    /** Take over patients: counted per care level, never named. */
    PATIENT_TRANSFER,
    STAFF,
    MATERIEL,
    TRANSPORT,
    OTHER
}
