package se.nspl.support;

/** How soon the help is needed. */
public enum Urgency {
    IMMEDIATE,
    WITHIN_24H,
    PLANNED
}
