package se.nspl.shared;

import java.time.Instant;

/**
 * Times as microseconds since 1970 (PostgreSQL's resolution): how many times travel to one
 * statement as a {@code bigint[]}, cheaper to send and to read than text; the statement makes each
 * a time again with {@code timestamptz 'epoch' + micros * interval '1 microsecond'}.
 */
public final class Micros {

    private Micros() {}

    /** The time's microseconds since 1970; finer parts are dropped (PostgreSQL keeps no more). */
    public static long since1970(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }
}
