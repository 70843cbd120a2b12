package se.nspl.notice;

/** How a notice is marked for its readers; an urgent one shows as an error in the page banner. */
public enum NoticePriority {
    ROUTINE,
    IMPORTANT,
    URGENT
}
