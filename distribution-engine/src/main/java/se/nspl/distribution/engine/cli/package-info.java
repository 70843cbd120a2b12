/**
 * The command line of the distribution engine: {@code bin/nspl distribute} reads a problem file and prints the
 * optimised plan, or with {@code --generate} writes a realistic problem made from the Swedish hospital list.
 */
package se.nspl.distribution.engine.cli;
