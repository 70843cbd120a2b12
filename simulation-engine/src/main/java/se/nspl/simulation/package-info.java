/**
 * The scenario simulation of {@code shared/design/simulation-model.md}: a {@link se.nspl.simulation.Scenario} read
 * from the contract's JSON, simulated day by day per region and care level ({@link se.nspl.simulation.Simulation}),
 * deterministically or as seeded Monte Carlo replications, and the result written as the contract's JSON.
 */
package se.nspl.simulation;
