package se.nspl.organisation;

import java.time.LocalDate;
import java.util.Objects;

/** A region's population as counted by SCB on a date; the cost key and per-capita figures use it. */
public record Population(int count, LocalDate countedOn, String source) {

    public Population {
        Objects.requireNonNull(countedOn, "countedOn");
        Objects.requireNonNull(source, "source");
        if (count <= 0) {
            throw new IllegalArgumentException("population must be positive: " + count);
        }
    }
}
