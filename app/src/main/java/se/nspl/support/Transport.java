package se.nspl.support;

/** Whether the help needs transport and how far it has come. */
public enum Transport {
    NOT_NEEDED,
    TO_ARRANGE,
    UNDER_WAY,
    DONE
}
