package se.nspl.scenario;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;
import se.nspl.simulation.Scenario;

/**
 * A scenario as it is kept: the simulation contract's scenario, who wrote it and its version.
 *
 * @param ownerRegion the region whose coordinator wrote it; null for the secretariat's
 */
public record SavedScenario(
        UUID id,
        Scenario definition,
        @Nullable RegionCode ownerRegion,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {

    public String name() {
        return definition.name();
    }
}
