package se.nspl.governance;

import se.nspl.organisation.ParticipationDecision;
import se.nspl.shared.RegionCode;

/** A region and its board's participation decision, a row of the national overview. */
public record RegionDecision(RegionCode code, String name, ParticipationDecision decision, long version) {}
