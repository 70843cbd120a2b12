package se.nspl.capacity;

import se.nspl.shared.RegionCode;

/** Published when a region changes its preparedness level; alerts listen for a rise. */
public record PreparednessLevelChanged(RegionCode region, PreparednessLevel from, PreparednessLevel to) {}
