package se.nspl.organisation;

/** A regional board's decision on taking part in NSPL. */
public enum Participation {
    PENDING,
    YES,
    NO
}
