package se.nspl.capacity.edxl;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import se.nspl.capacity.CapacityReporting;
import se.nspl.capacity.CapacityReporting.UploadedStatus;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.UnitStatus;
import se.nspl.capacity.edxl.HospitalStatusDocument.BedEntry;
import se.nspl.capacity.edxl.HospitalStatusDocument.HospitalEntry;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.ReportingUnit;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.RegionCode;

/**
 * Turns a HAVE document into one status per unit, for {@link CapacityReporting#reportAll}: the
 * same rules, permissions and all-or-nothing as the CSV upload. A hospital's units are found by
 * bed type (or the NSPL care level and unit named in {@code SubCategoryBedType}); what HAVE does
 * not carry is kept from each unit's last report, as the quick report does.
 */
public final class HaveImport {

    /** What the import needs to know of the registry and the reports. */
    public interface Lookup {
        Optional<Hospital> hospital(UUID id);

        List<ReportingUnit> unitsAt(UUID hospital);

        Optional<StatusReport> current(UUID unit);
    }

    /**
     * The statuses to report, all of one region. Line {@code n} of the statuses is the n-th unit;
     * {@link #pathsOf} turns the service's {@code line n: levels.ICU.occupied} back into elements.
     */
    public record Import(RegionCode region, List<UploadedStatus> statuses, List<UnitPlace> places) {

        public List<FieldError> pathsOf(List<FieldError> errors) {
            return errors.stream().map(this::pathOf).toList();
        }

        private FieldError pathOf(FieldError error) {
            var matcher = LINE.matcher(error.field());
            if (!matcher.matches()) {
                return error;
            }
            var place = places.get(Integer.parseInt(matcher.group(1)) - 1);
            return place.pathOf(matcher.group(2), error.message());
        }
    }

    /** Where a unit's figures came from in the document. */
    public record UnitPlace(String hospitalPath, int hospitalLine, String unitName, Map<CareLevel, BedEntry> beds) {

        FieldError pathOf(String field, String message) {
            var figure = FIGURE.matcher(field);
            if (figure.matches()) {
                var bed = beds.get(CareLevel.valueOf(figure.group(1)));
                if (bed != null) {
                    String element = figure.group(2) == null ? "BedType" : CAPACITY.getOrDefault(figure.group(2), "");
                    return HospitalStatusDocument.error(
                            bed.path() + "/" + element, bed.line(), message + " (unit " + unitName + ")");
                }
            }
            String element = HOSPITAL.get(field);
            if (element != null) {
                return HospitalStatusDocument.error(
                        hospitalPath + "/" + element, hospitalLine, message + " (unit " + unitName + ")");
            }
            return HospitalStatusDocument.error(
                    hospitalPath,
                    hospitalLine,
                    field + " " + message + " (unit " + unitName
                            + "; kept from its last report, which HAVE cannot change: correct it through the API or the form)");
        }
    }

    private static final Pattern LINE = Pattern.compile("line (\\d+): (.*)");
    private static final Pattern FIGURE = Pattern.compile("levels\\.([A-Z_]+)(?:\\.([a-z0-9]+))?");
    private static final Map<String, String> CAPACITY = Map.of(
            "staffed", "Capacity/BaselineCount",
            "occupied", "Capacity/AvailableCount",
            "surge24h", "Capacity/AdditionalCapacityCount24Hr",
            "reserve7d", "SubCategoryBedType/Reserve7d");
    private static final Map<String, String> HOSPITAL = Map.of(
            "observedAt", "LastUpdateTime",
            "levels", "HospitalBedCapacityStatus",
            "unitId", "HospitalBedCapacityStatus",
            "operationalStatus", "HospitalFacilityStatus/FacilityStatus",
            "restrictions", "HospitalResourcesStatus",
            "emergencyDepartment", "EmergencyDepartmentStatus");

    private HaveImport() {}

    /** Reads and resolves a document; every problem is named by element path and line. */
    public static Import read(InputStream in, Lookup lookup) {
        return resolve(HospitalStatusDocument.read(in), lookup);
    }

    static Import resolve(HospitalStatusDocument document, Lookup lookup) {
        var errors = new ArrayList<FieldError>();
        var statuses = new ArrayList<UploadedStatus>();
        var places = new ArrayList<UnitPlace>();
        RegionCode region = null;
        var seenHospitals = new java.util.HashSet<UUID>();
        for (var entry : document.hospitals()) {
            String idPath = entry.path() + "/Organization/OrganizationInformation/OrganisationName/@ID";
            var hospital = lookup.hospital(entry.hospitalId());
            if (hospital.isEmpty()) {
                errors.add(HospitalStatusDocument.error(idPath, entry.line(), "no NSPL hospital has this id"));
                continue;
            }
            if (!seenHospitals.add(entry.hospitalId())) {
                errors.add(HospitalStatusDocument.error(idPath, entry.line(), "the hospital is in the document twice"));
                continue;
            }
            if (region == null) {
                region = hospital.get().region();
            } else if (!region.equals(hospital.get().region())) {
                errors.add(HospitalStatusDocument.error(
                        idPath, entry.line(), "all hospitals of one document must be of one region (" + region + ")"));
                continue;
            }
            var units = resolveUnits(entry, lookup.unitsAt(entry.hospitalId()), errors);
            units.forEach((unit, beds) -> {
                var current = lookup.current(unit.id());
                statuses.add(new UploadedStatus(statuses.size() + 1, unit.id(), status(entry, beds, current)));
                places.add(new UnitPlace(entry.path(), entry.line(), unit.name(), beds));
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Import(region, statuses, places);
    }

    /** Each bed entry's unit, in document order; problems named at the bed entry. */
    private static Map<ReportingUnit, Map<CareLevel, BedEntry>> resolveUnits(
            HospitalEntry entry, List<ReportingUnit> units, List<FieldError> errors) {
        var resolved = new LinkedHashMap<ReportingUnit, Map<CareLevel, BedEntry>>();
        for (var bed : entry.beds()) {
            var level = bed.level().orElseGet(() -> bed.type().usualLevel().orElseThrow());
            var candidates = units.stream()
                    .filter(ReportingUnit::active)
                    .filter(u -> bed.unitId().map(id -> id.equals(u.id())).orElse(true))
                    .filter(u -> CapacityReporting.levelsReportedBy(u.kind()).contains(level))
                    .toList();
            if (candidates.size() != 1) {
                String problem = candidates.isEmpty()
                        ? bed.unitId().isPresent()
                                ? "the unit named is not an active unit of this hospital reporting " + level
                                : "the hospital has no active unit reporting " + level + " beds"
                        : "the hospital has several units reporting " + level
                                + " beds: name the unit in SubCategoryBedType/nspl:UnitId";
                errors.add(HospitalStatusDocument.error(bed.path() + "/BedType", bed.line(), problem));
                continue;
            }
            var levels = resolved.computeIfAbsent(candidates.get(0), u -> new EnumMap<>(CareLevel.class));
            if (levels.putIfAbsent(level, bed) != null) {
                errors.add(HospitalStatusDocument.error(
                        bed.path() + "/BedType",
                        bed.line(),
                        "the " + level + " beds of unit " + candidates.get(0).name() + " are given twice"));
            }
        }
        return resolved;
    }

    private static UnitStatus status(
            HospitalEntry entry, Map<CareLevel, BedEntry> beds, Optional<StatusReport> current) {
        var last = current.map(StatusReport::status);
        var levels = new EnumMap<CareLevel, LevelFigures>(CareLevel.class);
        beds.forEach((level, bed) -> {
            int occupied = bed.occupied().orElse(bed.baseline() - bed.available());
            var reserve = bed.reserve7d()
                    .or(() -> last.map(s -> s.levels().get(level)).map(LevelFigures::reserve7d));
            levels.put(level, new LevelFigures(bed.baseline(), occupied, bed.surge24h(), reserve.orElse(null)));
        });
        boolean facilityGiven = entry.operationalStatus() != null;
        return new UnitStatus(
                entry.lastUpdateTime(),
                levels,
                facilityGiven
                        ? entry.operationalStatus()
                        : last.map(UnitStatus::operationalStatus).orElse(null),
                facilityGiven
                        ? entry.restrictions()
                        : last.map(UnitStatus::restrictions).orElse(null),
                entry.emergencyDepartment()
                        .map(ed -> ed.orElse(null))
                        .orElseGet(
                                () -> last.map(UnitStatus::emergencyDepartment).orElse(null)),
                last.map(UnitStatus::ventilatedPatients).orElse(null),
                last.map(UnitStatus::ecmoPatients).orElse(null),
                last.map(UnitStatus::electiveNext7Days).orElse(null),
                last.map(UnitStatus::electivePostponed).orElse(null),
                last.map(UnitStatus::comment).orElse(null));
    }
}
