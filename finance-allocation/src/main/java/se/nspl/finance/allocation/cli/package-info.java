/** {@code bin/nspl allocate}: the cost key from the command line, without the platform. */
package se.nspl.finance.allocation.cli;
