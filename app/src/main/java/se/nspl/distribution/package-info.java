/**
 * Patient distribution (fördelning av patienter): the regions' transport register, plans computed by the
 * optimiser of the {@code distribution-engine} from the live picture with the nearest-free-bed rule beside them,
 * and accepted plans turned into support requests. The engine's package, {@code se.nspl.distribution.engine}, is
 * this module's internal adapter: no other module reaches it.
 */
package se.nspl.distribution;
