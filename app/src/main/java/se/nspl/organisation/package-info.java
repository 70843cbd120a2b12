/**
 * The organisation registry: the nation's 21 regions, their hospitals and reporting units, and the
 * authorities and secretariat that work with them. Everything else refers to these by id or code.
 */
package se.nspl.organisation;
