package se.nspl.capacity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.nspl.capacity.EdStatus;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.OperationalStatus;
import se.nspl.capacity.Restriction;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.UnitStatus;
import se.nspl.fhir.BedCapacityReport;
import se.nspl.fhir.BedCapacityReport.BedCounts;
import se.nspl.fhir.FhirIssue;
import se.nspl.fhir.ReadReport;
import se.nspl.fhir.Recording;
import se.nspl.shared.CareLevel;

/**
 * Between the FHIR adapter's bed-capacity report and the platform's {@link UnitStatus}: codes
 * become the platform's enums here, and a code it does not know is named by its path in the resource.
 */
final class MeasureReportMapping {

    /** The group codes of the measure's care levels: the platform's own. */
    static final Set<String> CARE_LEVEL_CODES =
            Arrays.stream(CareLevel.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /** A status that cannot be made of the report, with every reason. */
    static final class UnknownCodes extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<FhirIssue> issues;

        UnknownCodes(List<FhirIssue> issues) {
            super(issues.toString());
            this.issues = List.copyOf(issues);
        }
    }

    private MeasureReportMapping() {}

    static UnitStatus toStatus(ReadReport read) {
        var report = read.report();
        var issues = new ArrayList<FhirIssue>();
        var levels = new EnumMap<CareLevel, LevelFigures>(CareLevel.class);
        report.levels()
                .forEach((level, counts) -> levels.put(
                        CareLevel.valueOf(level),
                        new LevelFigures(counts.staffed(), counts.occupied(), counts.surge24h(), counts.reserve7d())));
        var operational = code(OperationalStatus.class, report.operationalStatus(), read, "operationalStatus", issues);
        var restrictions = EnumSet.noneOf(Restriction.class);
        for (String restriction : report.restrictions()) {
            var value = code(Restriction.class, restriction, read, "restrictions", issues);
            if (value != null) {
                restrictions.add(value);
            }
        }
        var ed = code(EdStatus.class, report.emergencyDepartment(), read, "emergencyDepartment", issues);
        if (!issues.isEmpty()) {
            throw new UnknownCodes(issues);
        }
        return new UnitStatus(
                report.observedAt(),
                levels,
                operational,
                restrictions,
                ed,
                report.ventilatedPatients(),
                report.ecmoPatients(),
                report.electiveNext7Days(),
                report.electivePostponed(),
                report.comment());
    }

    static Recording.Report toFhir(StatusReport stored) {
        var status = stored.status();
        var levels = new LinkedHashMap<String, BedCounts>();
        status.levels()
                .forEach((level, f) -> levels.put(
                        level.name(), new BedCounts(f.staffed(), f.occupied(), f.surge24h(), f.reserve7d())));
        var report = new BedCapacityReport(
                stored.unitId(),
                status.observedAt(),
                levels,
                status.operationalStatus().name(),
                status.restrictions().stream().map(Enum::name).sorted().toList(),
                status.emergencyDepartment() == null
                        ? null
                        : status.emergencyDepartment().name(),
                status.ventilatedPatients(),
                status.ecmoPatients(),
                status.electiveNext7Days(),
                status.electivePostponed(),
                status.comment());
        var recording = new Recording(
                stored.id(),
                stored.version(),
                stored.receivedAt(),
                stored.corrects(),
                stored.supersededBy(),
                stored.warnings());
        return new Recording.Report(report, recording);
    }

    private static <E extends Enum<E>> E code(
            Class<E> type, String code, ReadReport read, String field, List<FhirIssue> issues) {
        if (code == null) {
            return null;
        }
        for (var value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        issues.add(new FhirIssue(
                FhirIssue.Type.CODE_INVALID,
                read.pathOf(field),
                "unknown code '" + code + "'; one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }
}
