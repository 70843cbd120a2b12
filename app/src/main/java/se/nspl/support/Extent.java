package se.nspl.support;

/** How much of a request is covered: by accepted offers (commitment) or by deliveries (fulfilment). */
public enum Extent {
    NONE,
    PARTIAL,
    COMPLETE
}
