package se.nspl.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scenario: once with expected values (DETERMINISTIC), or as {@code replications} runs with their own seeded
 * generators (STOCHASTIC) spread over the cores and summarised per day, region and level. A replication's numbers
 * depend only on the seed and its index, and the summaries add up in the order of the replications, so the result
 * is the same whatever the number of threads.
 */
public final class Simulation {

    /** Told after each replication; called from the simulation's threads. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, of) -> {};

        void replicationsDone(int done, int of);
    }

    private final int threads;

    public Simulation() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public Simulation(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    public SimulationResult run(Scenario scenario) {
        return run(scenario, Progress.NONE);
    }

    public SimulationResult run(Scenario scenario, Progress progress) {
        var simulator = new Simulator(scenario);
        if (scenario.mode() == Mode.DETERMINISTIC) {
            double[] out = new double[simulator.size()];
            int[] surge = new int[simulator.days * simulator.regions];
            simulator.run(new ExpectedValues(), out, surge);
            progress.replicationsDone(1, 1);
            return deterministic(scenario, simulator, out, surge);
        }
        return stochastic(scenario, simulator, progress);
    }

    private static SimulationResult deterministic(Scenario scenario, Simulator sim, double[] out, int[] surge) {
        var series = new ArrayList<SeriesRow>();
        forEachRow(scenario, sim, (day, r, l) -> {
            var values = new ArrayList<Quantity>(Measure.COUNT);
            for (Measure m : Measure.values()) {
                values.add(Quantity.exact(out[sim.index(day, r, l, m)]));
            }
            series.add(row(scenario, sim, day, r, l, values, r < sim.regions ? surge[day * sim.regions + r] : -1));
        });
        var summary = new ArrayList<SummaryRow>();
        float[] overflow = summaries(sim, out);
        for (int r = 0; r <= sim.regions; r++) {
            for (int l = 0; l < sim.levels; l++) {
                int at = (r * sim.levels + l) * 3;
                Quantity first = overflow[at] < 0 ? null : Quantity.exact(overflow[at]);
                summary.add(new SummaryRow(
                        code(scenario, sim, r),
                        scenario.levels().get(l),
                        first,
                        Quantity.exact(overflow[at + 1]),
                        Quantity.exact(overflow[at + 2]),
                        null));
            }
        }
        return new SimulationResult(scenario.name(), scenario.mode(), series, summary);
    }

    private SimulationResult stochastic(Scenario scenario, Simulator sim, Progress progress) {
        int replications = scenario.replications();
        float[][] values = new float[replications][];
        int[][] surges = new int[replications][];
        float[][] overflow = new float[replications][];
        var next = new AtomicInteger();
        var done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            inParallel(pool, () -> {
                double[] out = new double[sim.size()];
                for (int k = next.getAndIncrement(); k < replications; k = next.getAndIncrement()) {
                    if (Thread.currentThread().isInterrupted()) {
                        return; // the run was given up (shutdownNow): the caller has stopped waiting
                    }
                    int[] surge = new int[sim.days * sim.regions];
                    sim.run(RandomDraws.forReplication(scenario.seed(), k), out, surge);
                    float[] kept = new float[out.length];
                    for (int i = 0; i < out.length; i++) {
                        kept[i] = (float) out[i]; // whole patients, exact in a float up to 16 million
                    }
                    values[k] = kept;
                    surges[k] = surge;
                    overflow[k] = summaries(sim, out);
                    progress.replicationsDone(done.incrementAndGet(), replications);
                }
            });
            return summarise(scenario, sim, values, surges, overflow, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private SimulationResult summarise(
            Scenario scenario,
            Simulator sim,
            float[][] values,
            int[][] surges,
            float[][] overflow,
            ExecutorService pool) {
        int replications = values.length;
        int rows = sim.days * (sim.regions + 1) * sim.levels;
        SeriesRow[] series = new SeriesRow[rows];
        var nextRow = new AtomicInteger();
        int chunk = 64;
        inParallel(pool, () -> {
            float[] sorted = new float[replications];
            int[] counts = new int[64];
            for (int start = nextRow.getAndAdd(chunk); start < rows; start = nextRow.getAndAdd(chunk)) {
                for (int row = start; row < Math.min(rows, start + chunk); row++) {
                    int l = row % sim.levels;
                    int r = (row / sim.levels) % (sim.regions + 1);
                    int day = row / (sim.levels * (sim.regions + 1));
                    var quantities = new ArrayList<Quantity>(Measure.COUNT);
                    for (Measure m : Measure.values()) {
                        int at = sim.index(day, r, l, m);
                        double sum = 0;
                        for (int k = 0; k < replications; k++) {
                            sorted[k] = values[k][at];
                            sum += sorted[k];
                        }
                        Arrays.sort(sorted, 0, replications);
                        quantities.add(Quantity.of(sorted, replications, sum));
                    }
                    int surge = -1;
                    if (r < sim.regions) {
                        if (counts.length < scenario.regions().get(r).surge().size() + 1) {
                            counts = new int[scenario.regions().get(r).surge().size() + 1];
                        }
                        Arrays.fill(counts, 0);
                        for (int k = 0; k < replications; k++) {
                            counts[surges[k][day * sim.regions + r]]++;
                        }
                        surge = 0;
                        for (int s = 1; s < counts.length; s++) {
                            if (counts[s] > counts[surge]) {
                                surge = s;
                            }
                        }
                    }
                    series[row] = row(scenario, sim, day, r, l, quantities, surge);
                }
            }
        });
        var summary = new ArrayList<SummaryRow>();
        float[] sorted = new float[replications];
        for (int r = 0; r <= sim.regions; r++) {
            for (int l = 0; l < sim.levels; l++) {
                int at = (r * sim.levels + l) * 3;
                int overflowing = 0;
                double sum = 0;
                for (int k = 0; k < replications; k++) {
                    if (overflow[k][at] >= 0) {
                        sorted[overflowing++] = overflow[k][at];
                        sum += overflow[k][at];
                    }
                }
                Arrays.sort(sorted, 0, overflowing);
                Quantity first = overflowing == 0 ? null : Quantity.of(sorted, overflowing, sum);
                summary.add(new SummaryRow(
                        code(scenario, sim, r),
                        scenario.levels().get(l),
                        first,
                        spread(overflow, at + 1, sorted),
                        spread(overflow, at + 2, sorted),
                        (double) overflowing / replications));
            }
        }
        return new SimulationResult(scenario.name(), scenario.mode(), Arrays.asList(series), summary);
    }

    private static Quantity spread(float[][] perReplication, int at, float[] sorted) {
        double sum = 0;
        for (int k = 0; k < perReplication.length; k++) {
            sorted[k] = perReplication[k][at];
            sum += sorted[k];
        }
        Arrays.sort(sorted, 0, perReplication.length);
        return Quantity.of(sorted, perReplication.length, sum);
    }

    /** Per region (the country last) and level: first day of overflow (−1 for none), peak, patient-days. */
    private static float[] summaries(Simulator sim, double[] out) {
        float[] summary = new float[(sim.regions + 1) * sim.levels * 3];
        for (int r = 0; r <= sim.regions; r++) {
            for (int l = 0; l < sim.levels; l++) {
                int first = -1;
                double peak = 0;
                double patientDays = 0;
                for (int d = 0; d < sim.days; d++) {
                    double overflow = out[sim.index(d, r, l, Measure.OVERFLOW)];
                    if (overflow > Simulator.EPSILON && first < 0) {
                        first = d;
                    }
                    peak = Math.max(peak, overflow);
                    patientDays += overflow;
                }
                int at = (r * sim.levels + l) * 3;
                summary[at] = first;
                summary[at + 1] = (float) peak;
                summary[at + 2] = (float) patientDays;
            }
        }
        return summary;
    }

    private interface RowAction {
        void accept(int day, int region, int level);
    }

    private static void forEachRow(Scenario scenario, Simulator sim, RowAction action) {
        for (int d = 0; d < sim.days; d++) {
            for (int r = 0; r <= sim.regions; r++) {
                for (int l = 0; l < sim.levels; l++) {
                    action.accept(d, r, l);
                }
            }
        }
    }

    private static SeriesRow row(
            Scenario scenario, Simulator sim, int day, int r, int l, List<Quantity> values, int surge) {
        String surgeName = null;
        if (r < sim.regions) {
            surgeName = surge == 0
                    ? SimulationResult.NORMAL
                    : scenario.regions().get(r).surge().get(surge - 1).level();
        }
        return new SeriesRow(day, code(scenario, sim, r), scenario.levels().get(l), values, surgeName);
    }

    private static String code(Scenario scenario, Simulator sim, int r) {
        return r < sim.regions ? scenario.regions().get(r).code() : Scenario.NATIONAL;
    }

    private void inParallel(ExecutorService pool, Runnable work) {
        var futures = new ArrayList<Future<?>>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(work));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the simulation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
