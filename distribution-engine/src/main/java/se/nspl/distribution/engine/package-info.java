/**
 * The patient distribution problem of {@code shared/design/distribution-model.md}: hospitals, patient groups and
 * transport read from the contract's JSON, with the distances, times and allowed transfers the optimiser builds on.
 */
package se.nspl.distribution.engine;
