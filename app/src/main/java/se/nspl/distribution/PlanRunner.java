package se.nspl.distribution;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.nspl.audit.AuditTrail;

/**
 * Runs the optimiser off the request thread, one plan at a time: the solver uses the cores it gets, and two runs at
 * once would only each take twice as long. The plan's state lives in its row, not here, so any node can show it;
 * a run lost with its node is marked failed later ({@link TransferPlanning}).
 */
@Component
class PlanRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanRunner.class);

    private final TransferPlans plans;
    private final TransferPlanner planner;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "distribution-plan");
        thread.setDaemon(true);
        return thread;
    });

    PlanRunner(
            TransferPlans plans,
            TransferPlanner planner,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.plans = plans;
        this.planner = planner;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    void run(UUID id, ProblemBuilder.Built built, Duration timeLimit) {
        executor.execute(() -> compute(id, built, timeLimit));
    }

    private void compute(UUID id, ProblemBuilder.Built built, Duration timeLimit) {
        try {
            var plan = planner.plan(built.problem(), timeLimit);
            var result = PlanResults.of(built.problem(), plan, built.sites());
            transactions.executeWithoutResult(status -> {
                plans.finish(id, result, clock.instant());
                audit.record(
                        "system",
                        null,
                        "distribution.PLAN_COMPUTED",
                        "transfer-plan",
                        id.toString(),
                        result.status() + ": " + result.placed() + " placed, " + result.unplaced()
                                + " unplaced (nearest free bed: "
                                + result.baseline().placed() + " placed)");
            });
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: OR-Tools' native libraries could not be loaded on this machine.
            log.error("Distribution plan {} failed", id, e);
            transactions.executeWithoutResult(status -> {
                plans.fail(id, "the optimiser failed: " + e, clock.instant());
                audit.record("system", null, "distribution.PLAN_FAILED", "transfer-plan", id.toString(), e.toString());
            });
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
