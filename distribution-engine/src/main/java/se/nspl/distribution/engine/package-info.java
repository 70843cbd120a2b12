/**
 * The patient distribution problem of {@code shared/design/distribution-model.md}: hospitals, patient groups and
 * transport read from the contract's JSON, with the distances, times and allowed transfers; the optimiser
 * ({@link se.nspl.distribution.engine.DistributionOptimiser}), the nearest-free-bed rule beside it, and the
 * {@link se.nspl.distribution.engine.PlanChecker} that checks every plan against the contract.
 */
package se.nspl.distribution.engine;
