/**
 * The planning register (planeringsregistret): the joint planning items per area and region, with
 * owner, status, due date, comments and the scenario runs that motivate them; the regions × areas
 * matrix keeps the planning together ("hålla samman planeringen").
 */
package se.nspl.planning;
