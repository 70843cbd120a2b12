package se.nspl.organisation;

import se.nspl.shared.RegionCode;

/** One of Sweden's 21 regions, the level at which healthcare is run and reported. */
public record Region(
        RegionCode code,
        String name,
        String seat,
        Population population,
        Integer areaKm2,
        double lat,
        double lon,
        ParticipationDecision participation,
        long version) {}
