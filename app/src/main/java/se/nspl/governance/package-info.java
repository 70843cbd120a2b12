/**
 * Governance of the programme: which regions' boards decided to take part (read from the
 * organisation registry, where the decisions are recorded), the steering group's meetings with
 * their decisions and follow-up actions, and the programme's milestones.
 */
package se.nspl.governance;
