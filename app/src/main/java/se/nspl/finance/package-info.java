/**
 * The joint financing: the secretariat's budget per year, the cost key that splits it among the
 * participating regions by population, the state grants the regions report, and Region Uppsala's
 * annual invoices. Capacity data never feeds it.
 */
package se.nspl.finance;
