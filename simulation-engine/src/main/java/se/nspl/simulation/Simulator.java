package se.nspl.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.nspl.simulation.Scenario.Event;
import se.nspl.simulation.Scenario.PlannedCare;
import se.nspl.simulation.Scenario.RegionSetup;

/**
 * One run of a scenario, day by day (the contract's dynamics): discharges from the morning's patients, the day's
 * arrivals (planned care postponed into the backlog), the capacity with the surge levels that have opened, overflow
 * moved to regions with room ({@link #transfer}), and at the end of the day the surge levels whose trigger is reached.
 * The scenario is compiled into arrays once; a run writes its numbers into a flat array
 * {@code [day][region, national last][level][measure]} and the surge level of each day and region into another.
 */
final class Simulator {

    /** Below this, a difference of fractional patients is rounding, not a patient. */
    static final double EPSILON = 1e-9;

    final int days;
    final int regions;
    final int levels;
    private final double[][] beds;
    private final double[][] occupied;
    private final double[][] baseline;
    private final double[][] elective;
    private final double[] leaveProbability;
    private final double[][][] eventArrivals;
    private final double[][] reduction;
    private final double[][] trigger;
    private final int[][] opensAfter;
    private final double[][][] extraBeds;
    private final double[] maxPerDay;

    Simulator(Scenario scenario) {
        List<String> levelNames = scenario.levels();
        days = scenario.days();
        regions = scenario.regions().size();
        levels = levelNames.size();
        leaveProbability = new double[levels];
        for (int l = 0; l < levels; l++) {
            leaveProbability[l] = 1 / scenario.losDays().get(levelNames.get(l));
        }
        beds = new double[regions][];
        occupied = new double[regions][];
        baseline = new double[regions][];
        elective = new double[regions][];
        trigger = new double[regions][];
        opensAfter = new int[regions][];
        extraBeds = new double[regions][][];
        for (int r = 0; r < regions; r++) {
            RegionSetup region = scenario.regions().get(r);
            beds[r] = perLevel(region.beds(), levelNames);
            occupied[r] = perLevel(region.occupied(), levelNames);
            baseline[r] = perLevel(region.baselineArrivals(), levelNames);
            elective[r] = perLevel(region.electiveShare(), levelNames);
            int surges = region.surge().size();
            trigger[r] = new double[surges];
            opensAfter[r] = new int[surges];
            extraBeds[r] = new double[surges][];
            for (int s = 0; s < surges; s++) {
                var surge = region.surge().get(s);
                trigger[r][s] = surge.atOccupancy();
                // reached at the end of day d, the beds count from day d + delay, and at the earliest the next day
                opensAfter[r][s] = Math.max(1, surge.delayDays());
                extraBeds[r][s] = perLevel(surge.extraBeds(), levelNames);
            }
        }
        eventArrivals = new double[days][regions][levels];
        for (Event event : scenario.events()) {
            for (int d = event.startDay(); d < Math.min(days, event.startDay() + event.days()); d++) {
                for (int r = 0; r < regions; r++) {
                    if (event.region().equals(Scenario.EVERY_REGION)
                            || event.region().equals(scenario.regions().get(r).code())) {
                        double[] extra = perLevel(event.arrivalsPerDay(), levelNames);
                        for (int l = 0; l < levels; l++) {
                            eventArrivals[d][r][l] += extra[l];
                        }
                    }
                }
            }
        }
        reduction = new double[days][regions];
        for (int d = 0; d < days; d++) {
            for (int r = 0; r < regions; r++) {
                String code = scenario.regions().get(r).code();
                // the last entry that covers the day counts, so a region can be set apart from "*"
                for (PlannedCare care : scenario.plannedCare()) {
                    if (care.covers(code, d)) {
                        reduction[d][r] = care.reduction();
                    }
                }
            }
        }
        var transfers = scenario.transfers();
        maxPerDay = transfers.enabled() ? perLevel(transfers.maxPerDay(), levelNames) : null;
    }

    private static double[] perLevel(Map<String, Double> values, List<String> levelNames) {
        double[] array = new double[levelNames.size()];
        for (int l = 0; l < array.length; l++) {
            array[l] = values.getOrDefault(levelNames.get(l), 0.0);
        }
        return array;
    }

    /** Numbers written per run. */
    int size() {
        return days * (regions + 1) * levels * Measure.COUNT;
    }

    int index(int day, int region, int level, Measure measure) {
        return index(day, region, level) + measure.ordinal();
    }

    int index(int day, int region, int level) {
        return ((day * (regions + 1) + region) * levels + level) * Measure.COUNT;
    }

    /**
     * Runs the scenario once.
     *
     * @param out the numbers, {@link #size()} long, overwritten
     * @param surgeOut per day and region the surge level in force: 0 normal, s + 1 the scenario's s-th level
     */
    void run(Draws draws, double[] out, int[] surgeOut) {
        Arrays.fill(out, 0);
        double[][] occ = new double[regions][];
        double[][] backlog = new double[regions][levels];
        double[][] capacity = new double[regions][levels];
        double[][] transfersOut = new double[regions][levels];
        double[][] transfersIn = new double[regions][levels];
        int[][] reachedOn = new int[regions][];
        for (int r = 0; r < regions; r++) {
            occ[r] = occupied[r].clone();
            reachedOn[r] = new int[trigger[r].length];
            Arrays.fill(reachedOn[r], -1);
        }
        var transfer = new Transfer(regions);
        for (int d = 0; d < days; d++) {
            for (int r = 0; r < regions; r++) {
                int inForce = 0;
                System.arraycopy(beds[r], 0, capacity[r], 0, levels);
                for (int s = 0; s < reachedOn[r].length; s++) {
                    if (reachedOn[r][s] >= 0 && d >= reachedOn[r][s] + opensAfter[r][s]) {
                        for (int l = 0; l < levels; l++) {
                            capacity[r][l] += extraBeds[r][s][l];
                        }
                        inForce = s + 1;
                    }
                }
                surgeOut[d * regions + r] = inForce;
                double reduced = reduction[d][r];
                for (int l = 0; l < levels; l++) {
                    double discharges = draws.discharges(occ[r][l], leaveProbability[l]);
                    double electiveMean = baseline[r][l] * elective[r][l];
                    double arrivals = draws.arrivals(baseline[r][l] - electiveMean * reduced + eventArrivals[d][r][l]);
                    if (reduced > 0 && electiveMean > 0) {
                        backlog[r][l] += draws.arrivals(electiveMean * reduced);
                    }
                    occ[r][l] += arrivals - discharges;
                    int at = index(d, r, l);
                    out[at + Measure.ARRIVALS.ordinal()] = arrivals;
                    out[at + Measure.DISCHARGES.ordinal()] = discharges;
                    transfersOut[r][l] = 0;
                    transfersIn[r][l] = 0;
                }
            }
            if (maxPerDay != null) {
                for (int l = 0; l < levels; l++) {
                    transfer.move(l, occ, capacity, draws.transferBudget(maxPerDay[l]), transfersOut, transfersIn);
                }
            }
            for (int r = 0; r < regions; r++) {
                for (int l = 0; l < levels; l++) {
                    int at = index(d, r, l);
                    out[at + Measure.OCCUPIED.ordinal()] = occ[r][l];
                    out[at + Measure.CAPACITY.ordinal()] = capacity[r][l];
                    out[at + Measure.OVERFLOW.ordinal()] = Math.max(0, occ[r][l] - capacity[r][l]);
                    out[at + Measure.TRANSFERS_OUT.ordinal()] = transfersOut[r][l];
                    out[at + Measure.TRANSFERS_IN.ordinal()] = transfersIn[r][l];
                    out[at + Measure.BACKLOG.ordinal()] = backlog[r][l];
                    int national = index(d, regions, l);
                    for (int m = 0; m < Measure.COUNT; m++) {
                        out[national + m] += out[at + m];
                    }
                }
                for (int s = 0; s < reachedOn[r].length; s++) {
                    if (reachedOn[r][s] < 0 && reached(occ[r], capacity[r], trigger[r][s])) {
                        reachedOn[r][s] = d;
                    }
                }
            }
        }
    }

    /** A surge level's trigger: some care level's occupancy at or above the share of its capacity. */
    private boolean reached(double[] occ, double[] capacity, double share) {
        for (int l = 0; l < levels; l++) {
            boolean full = capacity[l] > 0 ? occ[l] / capacity[l] >= share : occ[l] > EPSILON;
            if (full) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transfer rule (a simpler rule than the distribution optimiser, which plans single patients between
     * hospitals and is not made for a day's flows between regions thousands of times): the regions over capacity,
     * the largest overflow first, each fill the regions with free beds, the most free beds first, up to their
     * capacity, until the day's national limit for the level is used. Ties go to the region listed first.
     */
    static final class Transfer {

        private final int[] senders;
        private final int[] receivers;
        private final double[] excess;

        Transfer(int regions) {
            senders = new int[regions];
            receivers = new int[regions];
            excess = new double[regions];
        }

        void move(int level, double[][] occ, double[][] capacity, double budget, double[][] out, double[][] in) {
            int sending = 0;
            int receiving = 0;
            for (int r = 0; r < occ.length; r++) {
                excess[r] = occ[r][level] - capacity[r][level];
                if (excess[r] > EPSILON) {
                    senders[sending++] = r;
                } else if (excess[r] < -EPSILON) {
                    receivers[receiving++] = r;
                }
            }
            if (sending == 0 || receiving == 0 || budget <= EPSILON) {
                return;
            }
            sortByExcess(senders, sending, true);
            sortByExcess(receivers, receiving, false);
            int j = 0;
            for (int i = 0; i < sending && j < receiving && budget > EPSILON; i++) {
                int from = senders[i];
                while (excess[from] > EPSILON && j < receiving && budget > EPSILON) {
                    int to = receivers[j];
                    double moved = Math.min(Math.min(excess[from], -excess[to]), budget);
                    occ[from][level] -= moved;
                    occ[to][level] += moved;
                    out[from][level] += moved;
                    in[to][level] += moved;
                    excess[from] -= moved;
                    excess[to] += moved;
                    budget -= moved;
                    if (excess[to] >= -EPSILON) {
                        j++;
                    }
                }
            }
        }

        /** Insertion sort, stable: a few regions, no allocation in the inner loop of a thousand replications. */
        private void sortByExcess(int[] regions, int count, boolean largestFirst) {
            for (int i = 1; i < count; i++) {
                int region = regions[i];
                double key = largestFirst ? excess[region] : -excess[region];
                int k = i - 1;
                while (k >= 0 && (largestFirst ? excess[regions[k]] : -excess[regions[k]]) < key) {
                    regions[k + 1] = regions[k];
                    k--;
                }
                regions[k + 1] = region;
            }
        }
    }
}
