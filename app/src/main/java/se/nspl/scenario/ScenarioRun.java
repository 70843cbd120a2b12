package se.nspl.scenario;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.simulation.Mode;

/**
 * One run of a scenario: the scenario as it was run is kept with it, so later edits do not change
 * what a run shows. An exercise run (övning) is marked ÖVNING wherever it is shown or exported.
 *
 * @param done replications finished so far, of {@code total}
 */
public record ScenarioRun(
        UUID id,
        UUID scenarioId,
        String name,
        Mode mode,
        boolean exercise,
        RunState state,
        int done,
        int total,
        @Nullable String error,
        String startedBy,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    /** Finished share in whole percent. */
    public int percentDone() {
        return total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
    }
}
