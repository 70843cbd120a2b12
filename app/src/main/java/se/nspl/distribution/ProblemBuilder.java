package se.nspl.distribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.distribution.engine.DistributionProblem;
import se.nspl.distribution.engine.Hospital;
import se.nspl.distribution.engine.LevelCounts;
import se.nspl.distribution.engine.PatientGroup;
import se.nspl.distribution.engine.Transport;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.RegionCode;

/**
 * Builds the contract's problem (shared/design/distribution-model.md) from what the platform knows: the hospitals'
 * free beds from the picture, the demand the secretariat enters, and the transport register. Plain Java.
 *
 * <ul>
 *   <li>A hospital's {@code free} beds of a level are its available beds (staffed − occupied) of that level as last
 *       reported; {@code WARD} is the general ward level only (speciality wards are not offered).
 *   <li>A hospital that sends patients takes none in: its free beds count 0, as in the engine's generator.
 *   <li>Hospitals whose figures are overdue are listed as stale; with {@code leaveOutStale} they offer no beds.
 *   <li>Hospitals that neither send nor have a free bed are left out: they change nothing.
 *   <li>A transport unit counts with its available vehicles; one with none available is left out. Road or air and
 *       every figure come from the register; ride limits and road factor are the contract's defaults.
 * </ul>
 */
final class ProblemBuilder {

    /** The contract's care levels, in the platform's terms. */
    static final Set<CareLevel> LEVELS = Set.of(CareLevel.ICU_VENT, CareLevel.ICU, CareLevel.WARD);

    static final int MAX_DEMAND_ROWS = 200;
    static final int MAX_PATIENTS_PER_ROW = 10_000;

    /** A hospital as the plan sees it: where it is and what it can take in now. */
    record Site(
            UUID id,
            String slug,
            String name,
            RegionCode region,
            double lat,
            double lon,
            int icuVent,
            int icu,
            int ward,
            boolean stale) {

        int free(CareLevel level) {
            return switch (level) {
                case ICU_VENT -> icuVent;
                case ICU -> icu;
                case WARD -> ward;
                default -> 0;
            };
        }

        boolean hasFreeBeds() {
            return icuVent + icu + ward > 0;
        }
    }

    /** A row of demand as entered; null fields are errors named by their path. */
    record DemandRow(
            @Nullable UUID hospital,
            @Nullable CareLevel level,
            @Nullable Integer count,
            @Nullable Integer priority) {}

    /** The problem, what it was built from, and the sites by their id in the problem (the hospital's slug). */
    record Built(DistributionProblem problem, TransferPlan.Inputs inputs, Map<String, Site> sites) {}

    Built build(
            String name, List<DemandRow> rows, List<Site> sites, List<TransportUnit> register, boolean leaveOutStale) {
        Map<UUID, Site> byId = new LinkedHashMap<>();
        sites.forEach(site -> byId.put(site.id(), site));
        var demand = demand(rows, byId);
        Set<UUID> origins = new HashSet<>();
        demand.forEach(d -> origins.add(d.hospital()));

        var hospitals = new ArrayList<Hospital>();
        var usedSites = new LinkedHashMap<String, Site>();
        var freeBeds = new EnumMap<CareLevel, Integer>(CareLevel.class);
        LEVELS.forEach(level -> freeBeds.put(level, 0));
        var stale = new ArrayList<String>();
        int offering = 0;
        for (Site site : sites) {
            boolean origin = origins.contains(site.id());
            if (site.stale() && !origin && site.hasFreeBeds()) {
                stale.add(site.name());
            }
            boolean offers = !origin && site.hasFreeBeds() && !(site.stale() && leaveOutStale);
            if (!origin && !offers) {
                continue;
            }
            LevelCounts free =
                    offers ? new LevelCounts(site.icuVent(), site.icu(), site.ward()) : new LevelCounts(0, 0, 0);
            if (offers) {
                offering++;
                LEVELS.forEach(level -> freeBeds.merge(level, site.free(level), Integer::sum));
            }
            hospitals.add(new Hospital(site.slug(), site.region().value(), site.lat(), site.lon(), free));
            usedSites.put(site.slug(), site);
        }

        var groups = new ArrayList<PatientGroup>();
        for (var d : demand) {
            groups.add(new PatientGroup(
                    "g" + (groups.size() + 1),
                    byId.get(d.hospital()).slug(),
                    se.nspl.distribution.engine.CareLevel.valueOf(d.level().name()),
                    d.count(),
                    d.priority()));
        }
        var transports = register.stream()
                .filter(unit -> unit.available() > 0)
                .map(ProblemBuilder::transport)
                .toList();
        var problem = new DistributionProblem(name, hospitals, groups, transports);
        var inputs = new TransferPlan.Inputs(demand, freeBeds, offering, transports.size(), stale, leaveOutStale);
        return new Built(problem, inputs, usedSites);
    }

    static Transport transport(TransportUnit unit) {
        return new Transport(
                unit.code(),
                unit.kind().mode(),
                unit.baseLat(),
                unit.baseLon(),
                unit.available(),
                unit.speedKmh(),
                unit.fixedMinutes(),
                unit.dutyMinutes(),
                new LevelCounts(unit.capIcuVent(), unit.capIcu(), unit.capWard()),
                unit.seats());
    }

    private static List<TransferPlan.Demand> demand(List<DemandRow> rows, Map<UUID, Site> sites) {
        var errors = new ArrayList<FieldError>();
        if (rows == null || rows.isEmpty() || rows.size() > MAX_DEMAND_ROWS) {
            throw new InvalidInputException(List.of(FieldError.coded(
                    "demand",
                    "distribution.error.demand",
                    "list 1 to " + MAX_DEMAND_ROWS + " rows of patients to move (hospital, level, count)",
                    MAX_DEMAND_ROWS)));
        }
        var demand = new ArrayList<TransferPlan.Demand>();
        var seen = new HashSet<String>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            String path = "demand[" + i + "]";
            if (row == null) {
                errors.add(FieldError.coded(path, "distribution.error.rowEmpty", "is empty"));
                continue;
            }
            Site site = row.hospital() == null ? null : sites.get(row.hospital());
            if (site == null) {
                errors.add(
                        FieldError.coded(path + ".hospital", "distribution.error.hospital", "no hospital has this id"));
            }
            if (row.level() == null || !LEVELS.contains(row.level())) {
                errors.add(
                        FieldError.coded(path + ".level", "distribution.error.level", "must be ICU_VENT, ICU or WARD"));
            }
            if (row.count() == null || row.count() < 1 || row.count() > MAX_PATIENTS_PER_ROW) {
                errors.add(FieldError.coded(
                        path + ".count",
                        "distribution.error.count",
                        "must be from 1 to " + MAX_PATIENTS_PER_ROW,
                        MAX_PATIENTS_PER_ROW));
            }
            int priority = row.priority() == null ? 2 : row.priority();
            if (priority < 1 || priority > 3) {
                errors.add(FieldError.coded(
                        path + ".priority", "distribution.error.priority", "must be 1 (most urgent), 2 or 3"));
            }
            if (site != null && row.level() != null && !seen.add(site.id() + "/" + row.level() + "/" + priority)) {
                errors.add(FieldError.coded(
                        path,
                        "distribution.error.duplicate",
                        "the same hospital, level and priority are listed twice"));
            }
            if (errors.isEmpty()) {
                demand.add(new TransferPlan.Demand(
                        site.id(), site.name(), site.region(), row.level(), row.count(), priority));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return demand;
    }
}
