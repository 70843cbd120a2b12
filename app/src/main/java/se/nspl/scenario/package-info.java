/**
 * Scenarios (scenarier): what-if simulations of beds per region and care level, built from today's
 * picture or a file, edited, run off the request thread with the simulation engine, and compared;
 * exercise runs (övning) are marked as such and live only in this module's tables.
 */
package se.nspl.scenario;
