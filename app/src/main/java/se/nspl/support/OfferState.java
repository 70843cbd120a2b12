package se.nspl.support;

/** Where an offer stands: offered, then accepted or declined by the receiving side, or withdrawn. */
public enum OfferState {
    OFFERED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    DELIVERED
}
