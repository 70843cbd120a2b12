package se.nspl.organisation;

import java.util.List;

/** A hospital with its reporting units, as the registry shows it. */
public record HospitalDetails(Hospital hospital, List<ReportingUnit> units) {}
