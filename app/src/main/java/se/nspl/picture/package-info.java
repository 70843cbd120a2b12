/**
 * The national situational picture (lägesbild): staffed, occupied and available beds per care
 * level for the country, each region and each hospital, with traffic lights, preparedness levels,
 * overdue reports, trends and alerts; kept current by capacity events, never recounted per request.
 */
package se.nspl.picture;
