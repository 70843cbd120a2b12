package se.nspl.capacity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.RegionCode;

/** Which units are overdue with their report: the register is honest about what it does not know. */
@Service
@EnableConfigurationProperties(ReportingIntervals.class)
public class Staleness {

    private final StatusReports reports;
    private final ReportingUnits units;
    private final Preparedness preparedness;
    private final ReportingIntervals intervals;
    private final Clock clock;

    Staleness(
            StatusReports reports,
            ReportingUnits units,
            Preparedness preparedness,
            ReportingIntervals intervals,
            Clock clock) {
        this.reports = reports;
        this.units = units;
        this.preparedness = preparedness;
        this.intervals = intervals;
        this.clock = clock;
    }

    /** Active units of the region (or of all regions) that are overdue, the longest overdue first. */
    public List<OverdueUnit> overdue(Optional<RegionCode> region) {
        Instant now = clock.instant();
        var active = units.find(region, Optional.empty(), Optional.empty()).stream()
                .filter(ReportingUnit::active)
                .toList();
        var latest = reports.latestObservations(
                active.stream().map(ReportingUnit::id).toList());
        var levels = new HashMap<RegionCode, PreparednessLevel>();
        return active.stream()
                .map(unit -> {
                    var interval = intervals.at(levels.computeIfAbsent(unit.region(), preparedness::current));
                    var last = Optional.ofNullable(latest.get(unit.id()));
                    boolean overdue =
                            last.map(t -> t.plus(interval).isBefore(now)).orElse(true);
                    return overdue
                            ? new OverdueUnit(unit.id(), unit.hospitalId(), unit.region(), unit.name(), last, interval)
                            : null;
                })
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(
                        (OverdueUnit o) -> o.lastObservedAt().orElse(Instant.EPOCH)))
                .toList();
    }
}
