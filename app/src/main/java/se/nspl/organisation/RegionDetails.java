package se.nspl.organisation;

import java.util.List;

/** A region with its hospitals and their units. */
public record RegionDetails(Region region, List<HospitalDetails> hospitals) {}
