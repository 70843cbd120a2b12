/**
 * The 24/7 contact directory: for every region, authority and the secretariat, the duty officer's
 * (TiB) number, the functional mailbox and named roles, each card verified at least every 90 days.
 */
package se.nspl.contact;
