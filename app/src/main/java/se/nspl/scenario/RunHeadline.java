package se.nspl.scenario;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What another module may show of a run it links to: its name, state and the key figure, the
 * country's first day of overflow (the earliest over the care levels; in STOCHASTIC mode the
 * median). Read without a permission check: the caller decides whom it shows it to.
 *
 * @param firstOverflowDay null while the run is not done, or when nothing overflows
 */
public record RunHeadline(
        UUID id,
        UUID scenarioId,
        String name,
        RunState state,
        boolean exercise,
        Instant createdAt,
        @Nullable Double firstOverflowDay) {

    public boolean done() {
        return state == RunState.DONE;
    }

    /** Whether the run is done and overflows somewhere in the country. */
    public boolean overflows() {
        return firstOverflowDay != null;
    }
}
