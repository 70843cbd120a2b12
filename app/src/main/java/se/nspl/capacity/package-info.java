/**
 * Capacity reporting: what every unit reports about its beds, staff and state, validated, kept
 * with its history and corrections, and honest about staleness; and each region's preparedness level.
 */
package se.nspl.capacity;
