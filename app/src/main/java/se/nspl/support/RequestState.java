package se.nspl.support;

/** Where a request stands; see {@link SupportWorkflow} for how it moves. */
public enum RequestState {
    DRAFT,
    SUBMITTED,
    NEEDS_INFORMATION,
    /** Full path only: the secretariat approved; offers may now be accepted. */
    APPROVED,
    CANCELLED,
    CLOSED;

    public boolean isOpen() {
        return this == SUBMITTED || this == NEEDS_INFORMATION || this == APPROVED;
    }
}
