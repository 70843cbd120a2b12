package se.nspl.support;

/** Everything that can be done to a request; each is a row of {@link SupportWorkflow}. */
public enum SupportAction {
    CREATE,
    EDIT,
    SUBMIT,
    REQUEST_INFORMATION,
    ANSWER,
    APPROVE,
    OFFER,
    WITHDRAW,
    ACCEPT,
    DECLINE,
    DELIVER,
    /** Say how far the transport has come. */
    UPDATE_TRANSPORT,
    CANCEL,
    CLOSE
}
