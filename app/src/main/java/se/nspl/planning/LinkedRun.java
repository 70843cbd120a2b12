package se.nspl.planning;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.scenario.RunHeadline;

/**
 * A scenario run an item links to, as a reader may see it.
 *
 * @param headline the run's name, state and first day of overflow; null when the reader may not read
 *     scenarios (reporters, finance) or the run is gone
 */
public record LinkedRun(UUID id, @Nullable RunHeadline headline) {}
