package se.nspl.organisation;

import java.util.Optional;
import java.util.UUID;
import se.nspl.shared.RegionCode;

/** An authority, the secretariat or SKR: a counterpart of the regions in the registry. */
public record Organisation(
        UUID id,
        OrganisationKind kind,
        String shortName,
        String name,
        String description,
        Optional<RegionCode> hostRegion) {}
