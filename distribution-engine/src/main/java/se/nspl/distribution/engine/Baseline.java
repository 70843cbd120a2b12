package se.nspl.distribution.engine;

/** What the nearest-free-bed rule achieves, to show beside the optimised plan. */
public record Baseline(int placed, int unplaced, double rideMinutes, double objective) {}
