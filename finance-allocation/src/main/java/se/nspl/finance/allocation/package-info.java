/**
 * The cost key (kostnadsfördelning): the secretariat's annual budget split among the participating
 * regions by their share of the participating regions' population, exact to the öre and summing
 * exactly to the budget. Plain Java, no Spring: the app's finance module and {@code bin/nspl
 * allocate} run the same code.
 */
package se.nspl.finance.allocation;
