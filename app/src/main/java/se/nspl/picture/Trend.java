package se.nspl.picture;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import se.nspl.shared.CareLevel;

/**
 * Beds of a region or hospital over time: at each of {@code times}, the staffed and occupied
 * beds per care level that its units' reports gave then (a unit's latest report counts until its
 * next; a unit that had not yet reported counts nothing).
 */
public record Trend(
        List<Instant> times, Map<CareLevel, List<Integer>> staffed, Map<CareLevel, List<Integer>> occupied) {}
