package se.nspl.picture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.StatusReports;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/** Regions' and hospitals' beds over the last 14 days, replayed from their units' reports. */
@Service
public class Trends {

    static final Duration SPAN = Duration.ofDays(14);
    static final Duration STEP = Duration.ofHours(6);

    private final StatusReports reports;
    private final ReportingUnits units;
    private final Clock clock;

    Trends(StatusReports reports, ReportingUnits units, Clock clock) {
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    public Trend ofRegion(RegionCode region) {
        return of(units.find(Optional.of(region), Optional.empty(), Optional.empty()));
    }

    public Trend ofHospital(UUID hospital) {
        return of(units.atHospital(hospital));
    }

    private Trend of(Collection<ReportingUnit> of) {
        var active =
                of.stream().filter(ReportingUnit::active).map(ReportingUnit::id).toList();
        Instant end = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant start = end.minus(SPAN);
        var times = new ArrayList<Instant>();
        for (Instant t = start; !t.isAfter(end); t = t.plus(STEP)) {
            times.add(t);
        }
        var trail = active.isEmpty() ? List.<se.nspl.capacity.StatusReport>of() : reports.trail(active, start);
        var latest = new HashMap<UUID, Map<CareLevel, LevelFigures>>();
        var staffed = new EnumMap<CareLevel, List<Integer>>(CareLevel.class);
        var occupied = new EnumMap<CareLevel, List<Integer>>(CareLevel.class);
        trail.forEach(r -> r.status().levels().keySet().forEach(level -> {
            staffed.computeIfAbsent(level, l -> new ArrayList<>());
            occupied.computeIfAbsent(level, l -> new ArrayList<>());
        }));
        int next = 0;
        for (var time : times) {
            while (next < trail.size() && !trail.get(next).status().observedAt().isAfter(time)) {
                latest.put(trail.get(next).unitId(), trail.get(next).status().levels());
                next++;
            }
            for (var level : staffed.keySet()) {
                int s = 0;
                int o = 0;
                for (var figures : latest.values()) {
                    var f = figures.get(level);
                    if (f != null) {
                        s += f.staffed();
                        o += f.occupied();
                    }
                }
                staffed.get(level).add(s);
                occupied.get(level).add(o);
            }
        }
        return new Trend(times, staffed, occupied);
    }
}
