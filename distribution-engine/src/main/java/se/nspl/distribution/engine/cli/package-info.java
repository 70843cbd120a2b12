/**
 * The command line of the distribution engine: {@code bin/nspl distribute} reads a problem file and prints the
 * optimised plan.
 */
package se.nspl.distribution.engine.cli;
