package se.nspl.scenario;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.nspl.simulation.ResultWriter;
import se.nspl.simulation.Simulation;

/**
 * Runs scenarios off the request thread, one at a time (a run uses every core), and keeps its state
 * and progress in the run's row, so that any node can show how far it has come. Progress is written
 * at most every {@link #PROGRESS_EVERY_MILLIS} ms.
 */
@Component
class ScenarioRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);
    static final long PROGRESS_EVERY_MILLIS = 200;

    private final ScenarioRuns runs;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "scenario-runner");
        thread.setDaemon(true);
        return thread;
    });

    ScenarioRunner(ScenarioRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    /** Queues the run; its row must be committed by then. */
    void submit(UUID runId) {
        executor.execute(() -> execute(runId));
    }

    private void execute(UUID runId) {
        try {
            var scenario = runs.definition(runId).orElseThrow();
            runs.running(runId);
            var lastWrite = new AtomicLong();
            var result = new Simulation().run(scenario, (done, of) -> {
                long now = System.nanoTime();
                long last = lastWrite.get();
                if (now - last > PROGRESS_EVERY_MILLIS * 1_000_000 && lastWrite.compareAndSet(last, now)) {
                    runs.progress(runId, done);
                }
            });
            runs.done(runId, new ResultWriter().write(result), clock.instant());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("scenario run {} failed", runId, e);
            runs.failed(runId, String.valueOf(e.getMessage()), clock.instant());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
