package se.nspl;

/** Whether the platform runs on its own embedded PostgreSQL or on a server it was pointed at. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
