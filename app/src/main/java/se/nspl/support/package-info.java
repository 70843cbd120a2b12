/**
 * Support between regions (stödbegäran): a region (or an authority, through the secretariat) asks
 * for help, other regions offer, the receiving side accepts, delivery is tracked on a timeline.
 */
package se.nspl.support;
