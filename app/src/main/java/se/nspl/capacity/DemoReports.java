package se.nspl.capacity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.nspl.DemoMode;
import se.nspl.capacity.CapacityReporting.UploadedStatus;
import se.nspl.organisation.Regions;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.Role;

/**
 * In demo mode, on a register without reports, a week of made-up reports from every unit, twice
 * a day, through the same rules as real ones: the situational picture, its trends and its
 * staleness have something to show at once. A few units stopped reporting a day and a half ago,
 * so that overdue units show too. The figures come from the units' reference beds and a seeded
 * random walk of occupancy; they describe no real hospital's state.
 */
@Component
// before the demo accounts' banner says the platform is running
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoReports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
    static final int DAYS = 7;
    static final Duration EVERY = Duration.ofHours(12);
    /** One unit in this many has gone quiet. */
    static final int QUIET_ONE_IN = 15;

    private final DemoMode demoMode;
    private final StatusReports reports;
    private final CapacityReporting reporting;
    private final ReportingUnits units;
    private final Regions regions;
    private final Clock clock;

    DemoReports(
            DemoMode demoMode,
            StatusReports reports,
            CapacityReporting reporting,
            ReportingUnits units,
            Regions regions,
            Clock clock) {
        this.demoMode = demoMode;
        this.reports = reports;
        this.reporting = reporting;
        this.units = units;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || reports.any()) {
            return;
        }
        var random = new Random(2026);
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        int stored = 0;
        for (var region : regions.all()) {
            var actor = new Actor(
                    UUID.nameUUIDFromBytes(("demo-reports-" + region.code().value()).getBytes(StandardCharsets.UTF_8)),
                    "demo-data",
                    Role.REGION_COORDINATOR,
                    Optional.of(region.code()),
                    Set.of());
            var regionUnits = units.find(Optional.of(region.code()), Optional.empty(), Optional.empty()).stream()
                    .filter(ReportingUnit::active)
                    .toList();
            var occupancy = new HashMap<UUID, Double>();
            regionUnits.forEach(u -> occupancy.put(u.id(), 0.6 + 0.3 * random.nextDouble()));
            var wardBeds = new HashMap<UUID, Integer>();
            regionUnits.forEach(u -> wardBeds.put(u.id(), 40 + random.nextInt(160)));
            for (int step = DAYS * 2; step >= 0; step--) {
                Instant observed = now.minus(EVERY.multipliedBy(step));
                var upload = new ArrayList<UploadedStatus>();
                int line = 1;
                for (var unit : regionUnits) {
                    boolean quiet = Math.floorMod(unit.id().hashCode(), QUIET_ONE_IN) == 0;
                    if (quiet && step < 3) {
                        continue; // stopped reporting 36 hours ago
                    }
                    double walk = occupancy.get(unit.id()) + 0.06 * (random.nextDouble() - 0.45);
                    occupancy.put(unit.id(), Math.max(0.45, Math.min(1.0, walk)));
                    upload.add(new UploadedStatus(
                            line++,
                            unit.id(),
                            status(unit, observed, occupancy.get(unit.id()), wardBeds.get(unit.id()))));
                }
                if (!upload.isEmpty()) {
                    stored += reporting
                            .reportAll(region.code(), upload, List.of(), actor)
                            .size();
                }
            }
        }
        log.info("Demo mode: {} made-up status reports of the last {} days", stored, DAYS);
    }

    private static UnitStatus status(ReportingUnit unit, Instant observed, double occupancy, int wardBeds) {
        int beds = unit.referenceBeds() == null ? 8 : Math.max(2, unit.referenceBeds());
        var levels = new EnumMap<CareLevel, LevelFigures>(CareLevel.class);
        Integer ventilated = null;
        switch (unit.kind()) {
            case ADULT_ICU -> {
                int vent = Math.max(1, (int) Math.round(beds * 0.6));
                levels.put(CareLevel.ICU_VENT, figures(vent, occupancy));
                levels.put(CareLevel.ICU, figures(beds - vent, occupancy));
                ventilated = levels.get(CareLevel.ICU_VENT).occupied();
            }
            case PAEDIATRIC_ICU -> levels.put(CareLevel.PAEDIATRIC_ICU, figures(beds, occupancy));
            case NEONATAL_ICU -> levels.put(CareLevel.NEONATAL_ICU, figures(beds, occupancy));
            case WARD -> levels.put(CareLevel.WARD, figures(wardBeds, Math.min(1.0, occupancy + 0.08)));
        }
        return new UnitStatus(
                observed, levels, OperationalStatus.NORMAL, Set.of(), null, ventilated, null, null, null, null);
    }

    private static LevelFigures figures(int staffed, double occupancy) {
        int occupied = (int) Math.min(staffed, Math.round(staffed * occupancy));
        return new LevelFigures(staffed, occupied, (int) Math.ceil(staffed * 0.2), (int) Math.ceil(staffed * 0.3));
    }
}
