package se.nspl.fhir;

import static se.nspl.fhir.BedCapacityMeasure.AVAILABLE;
import static se.nspl.fhir.BedCapacityMeasure.CARE_LEVEL_SYSTEM;
import static se.nspl.fhir.BedCapacityMeasure.CODE_SYSTEM;
import static se.nspl.fhir.BedCapacityMeasure.ECMO;
import static se.nspl.fhir.BedCapacityMeasure.ELECTIVE_POSTPONED;
import static se.nspl.fhir.BedCapacityMeasure.ELECTIVE_SCHEDULED_7D;
import static se.nspl.fhir.BedCapacityMeasure.OCCUPIED;
import static se.nspl.fhir.BedCapacityMeasure.PATIENTS;
import static se.nspl.fhir.BedCapacityMeasure.RESERVE_7D;
import static se.nspl.fhir.BedCapacityMeasure.STAFFED;
import static se.nspl.fhir.BedCapacityMeasure.SURGE_24H;
import static se.nspl.fhir.BedCapacityMeasure.VENTILATED;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportStatus;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportType;
import org.hl7.fhir.r4.model.StringType;
import se.nspl.fhir.BedCapacityReport.BedCounts;
import se.nspl.fhir.FhirIssue.Type;

/**
 * Reads one bed-capacity MeasureReport. First the body must parse as a FHIR R4 MeasureReport with
 * no unknown elements (else 400); then it must follow the measure (else 422). Every issue is
 * collected, so a sender fixes everything in one go. One instance per read: it keeps state.
 */
final class MeasureReportReader {

    private static final Pattern HAPI_CODE = Pattern.compile("^HAPI-\\d+: ");

    private final Set<String> careLevels;
    private final List<FhirIssue> issues = new ArrayList<>();
    private final Map<String, String> paths = new HashMap<>();

    private UUID unitId;
    private Instant observedAt;
    private final Map<String, BedCounts> levels = new LinkedHashMap<>();
    private String operationalStatus;
    private final List<String> restrictions = new ArrayList<>();
    private String emergencyDepartment;
    private Integer ventilated;
    private Integer ecmo;
    private Integer electiveScheduled;
    private Integer electivePostponed;
    private String comment;

    MeasureReportReader(Set<String> careLevels) {
        this.careLevels = careLevels;
    }

    ReadReport read(String json) {
        var report = parse(json);
        status(report);
        measure(report);
        subject(report);
        time(report);
        extensions(report);
        groups(report);
        if (!issues.isEmpty()) {
            throw new FhirInputException(issues, false);
        }
        return new ReadReport(
                new BedCapacityReport(
                        unitId,
                        observedAt,
                        levels,
                        operationalStatus,
                        restrictions,
                        emergencyDepartment,
                        ventilated,
                        ecmo,
                        electiveScheduled,
                        electivePostponed,
                        comment),
                paths);
    }

    private MeasureReport parse(String json) {
        var errors = new ParseErrors();
        IBaseResource resource;
        try {
            resource = FhirR4.jsonParser().setParserErrorHandler(errors).parseResource(json == null ? "" : json);
        } catch (RuntimeException e) {
            // The parser's boundary: whatever it throws, the body was not a readable resource.
            errors.add(Type.STRUCTURE, "MeasureReport", "is not a FHIR R4 resource in JSON: " + message(e));
            throw new FhirInputException(errors.issues, true);
        }
        if (!(resource instanceof MeasureReport report)) {
            errors.add(Type.STRUCTURE, "resourceType", "expected a MeasureReport, got a " + resource.fhirType());
            throw new FhirInputException(errors.issues, true);
        }
        if (!errors.issues.isEmpty()) {
            throw new FhirInputException(errors.issues, true);
        }
        if (report.hasModifierExtension()) {
            issue(Type.NOT_SUPPORTED, "MeasureReport.modifierExtension[0]", "modifier extensions are not understood");
        }
        return report;
    }

    private void status(MeasureReport report) {
        if (!report.hasStatus()) {
            issue(Type.REQUIRED, "MeasureReport.status", "is required: 'complete'");
        } else if (report.getStatus() != MeasureReportStatus.COMPLETE) {
            issue(
                    Type.VALUE,
                    "MeasureReport.status",
                    "must be 'complete', not '" + report.getStatus().toCode() + "'");
        }
        if (report.hasType() && report.getType() != MeasureReportType.SUMMARY) {
            issue(
                    Type.VALUE,
                    "MeasureReport.type",
                    "must be 'summary', not '" + report.getType().toCode() + "'");
        }
    }

    private void measure(MeasureReport report) {
        if (!report.hasMeasure()) {
            issue(Type.REQUIRED, "MeasureReport.measure", "is required: " + BedCapacityMeasure.URL);
            return;
        }
        String canonical = report.getMeasure();
        int version = canonical.indexOf('|');
        if (!BedCapacityMeasure.URL.equals(version < 0 ? canonical : canonical.substring(0, version))) {
            issue(
                    Type.VALUE,
                    "MeasureReport.measure",
                    "'" + canonical + "' is not a measure this server takes; send " + BedCapacityMeasure.URL);
        }
    }

    private void subject(MeasureReport report) {
        paths.put("unitId", "MeasureReport.subject");
        var subject = report.getSubject();
        if (!subject.hasReference() && !subject.hasIdentifier()) {
            issue(
                    Type.REQUIRED,
                    "MeasureReport.subject",
                    "name the reporting unit: Location/<unit id> or an identifier of system "
                            + BedCapacityMeasure.UNIT_IDENTIFIER_SYSTEM);
            return;
        }
        UUID byReference = null;
        if (subject.hasReference()) {
            var id = new IdType(subject.getReference());
            byReference = "Location".equals(id.getResourceType()) ? uuid(id.getIdPart()) : null;
            if (byReference == null) {
                issue(
                        Type.VALUE,
                        "MeasureReport.subject.reference",
                        "must be Location/<unit id>, the unit's UUID; got '" + subject.getReference() + "'");
            }
        }
        UUID byIdentifier = null;
        if (subject.hasIdentifier()) {
            var identifier = subject.getIdentifier();
            if (!BedCapacityMeasure.UNIT_IDENTIFIER_SYSTEM.equals(identifier.getSystem())) {
                issue(
                        Type.VALUE,
                        "MeasureReport.subject.identifier.system",
                        "must be " + BedCapacityMeasure.UNIT_IDENTIFIER_SYSTEM);
            } else if ((byIdentifier = uuid(identifier.getValue())) == null) {
                issue(Type.VALUE, "MeasureReport.subject.identifier.value", "must be the unit's id, a UUID");
            }
        }
        if (byReference != null && byIdentifier != null && !byReference.equals(byIdentifier)) {
            issue(Type.INVARIANT, "MeasureReport.subject", "the reference and the identifier name different units");
        }
        unitId = byReference != null ? byReference : byIdentifier;
    }

    private void time(MeasureReport report) {
        var period = report.getPeriod();
        if (period.hasStart()) {
            observedAt = instant(period.getStartElement(), "MeasureReport.period.start");
            paths.put("observedAt", "MeasureReport.period.start");
            if (period.hasEnd() && observedAt != null) {
                var end = instant(period.getEndElement(), "MeasureReport.period.end");
                if (end != null && end.isBefore(observedAt)) {
                    issue(Type.INVARIANT, "MeasureReport.period.end", "lies before period.start");
                }
            }
        } else if (report.hasDate()) {
            observedAt = instant(report.getDateElement(), "MeasureReport.date");
            paths.put("observedAt", "MeasureReport.date");
        }
    }

    private void extensions(MeasureReport report) {
        var seen = new HashSet<String>();
        for (int i = 0; i < report.getExtension().size(); i++) {
            var extension = report.getExtension().get(i);
            String path = "MeasureReport.extension[" + i + "]";
            String url = extension.getUrl() == null ? "" : extension.getUrl();
            boolean once = !url.equals(BedCapacityMeasure.RESTRICTION);
            switch (url) {
                case BedCapacityMeasure.OPERATIONAL_STATUS -> operationalStatus = code(extension, path);
                case BedCapacityMeasure.EMERGENCY_DEPARTMENT -> emergencyDepartment = code(extension, path);
                case BedCapacityMeasure.RESTRICTION -> {
                    var restriction = code(extension, path);
                    if (restriction != null) {
                        restrictions.add(restriction);
                    }
                }
                case BedCapacityMeasure.COMMENT -> comment = string(extension, path);
                default -> {
                    // Other extensions, the read-only ones of an export among them, carry nothing to take.
                    continue;
                }
            }
            String field = fieldOf(url);
            paths.putIfAbsent(field, path + ".value");
            if (once && !seen.add(url)) {
                issue(Type.INVARIANT, path, "the extension " + url + " may be given once");
            }
        }
    }

    private static String fieldOf(String url) {
        return switch (url) {
            case BedCapacityMeasure.OPERATIONAL_STATUS -> "operationalStatus";
            case BedCapacityMeasure.EMERGENCY_DEPARTMENT -> "emergencyDepartment";
            case BedCapacityMeasure.RESTRICTION -> "restrictions";
            default -> "comment";
        };
    }

    private void groups(MeasureReport report) {
        paths.put("levels", "MeasureReport.group");
        var seen = new HashSet<String>();
        for (int g = 0; g < report.getGroup().size(); g++) {
            var group = report.getGroup().get(g);
            String path = "MeasureReport.group[" + g + "]";
            var code = groupCode(group, path);
            if (code == null) {
                continue;
            }
            if (!seen.add(code.system() + "|" + code.code())) {
                issue(Type.DUPLICATE, path + ".code", "the group " + code.code() + " is given twice");
                continue;
            }
            if (code.system().equals(CARE_LEVEL_SYSTEM)) {
                careLevel(code.code(), group, path);
            } else {
                var counts = populations(group, path, BedCapacityMeasure.populationsOf(code.code()), "");
                if (code.code().equals(PATIENTS)) {
                    ventilated = counts.get(VENTILATED);
                    ecmo = counts.get(ECMO);
                } else {
                    electiveScheduled = counts.get(ELECTIVE_SCHEDULED_7D);
                    electivePostponed = counts.get(ELECTIVE_POSTPONED);
                }
            }
        }
    }

    private void careLevel(String level, MeasureReportGroupComponent group, String path) {
        paths.put("levels." + level, path + ".code");
        var counts = populations(group, path, BedCapacityMeasure.BED_POPULATIONS, "levels." + level + ".");
        Integer staffed = counts.get(STAFFED);
        Integer occupied = counts.get(OCCUPIED);
        Integer available = counts.get(AVAILABLE);
        if (available != null && staffed != null && occupied != null && available != staffed - occupied) {
            issue(
                    Type.INVARIANT,
                    paths.get("levels." + level + ".available"),
                    "available is staffed − occupied = " + (staffed - occupied) + ", not " + available);
        }
        levels.put(level, new BedCounts(staffed, occupied, counts.get(SURGE_24H), counts.get(RESERVE_7D)));
    }

    private record Code(String system, String code) {}

    private Code groupCode(MeasureReportGroupComponent group, String path) {
        var codings = group.getCode().getCoding();
        for (int c = 0; c < codings.size(); c++) {
            var coding = codings.get(c);
            String at = path + ".code.coding[" + c + "].code";
            boolean ours = CARE_LEVEL_SYSTEM.equals(coding.getSystem()) || CODE_SYSTEM.equals(coding.getSystem());
            if (ours && !coding.hasCode()) {
                // (an immutable set's contains(null) throws: found by fuzzing)
                issue(Type.REQUIRED, at, "needs a code of " + coding.getSystem());
                return null;
            }
            if (CARE_LEVEL_SYSTEM.equals(coding.getSystem())) {
                if (careLevels.contains(coding.getCode())) {
                    return new Code(CARE_LEVEL_SYSTEM, coding.getCode());
                }
                issue(Type.CODE_INVALID, at, "unknown care level '" + coding.getCode() + "'; one of " + careLevels);
                return null;
            }
            if (CODE_SYSTEM.equals(coding.getSystem())) {
                if (BedCapacityMeasure.OTHER_GROUPS.contains(coding.getCode())) {
                    return new Code(CODE_SYSTEM, coding.getCode());
                }
                issue(
                        Type.CODE_INVALID,
                        at,
                        "unknown group '" + coding.getCode() + "'; one of " + BedCapacityMeasure.OTHER_GROUPS);
                return null;
            }
        }
        issue(
                group.getCode().hasCoding() ? Type.CODE_INVALID : Type.REQUIRED,
                path + ".code",
                "needs a coding of " + CARE_LEVEL_SYSTEM + " (a care level) or " + CODE_SYSTEM);
        return null;
    }

    /** The counts of a group's populations by code; records each one's path under {@code fieldPrefix}. */
    private Map<String, Integer> populations(
            MeasureReportGroupComponent group, String path, List<String> allowed, String fieldPrefix) {
        var counts = new HashMap<String, Integer>();
        var seen = new HashSet<String>();
        for (int p = 0; p < group.getPopulation().size(); p++) {
            var population = group.getPopulation().get(p);
            String at = path + ".population[" + p + "]";
            String code = population.getCode().getCoding().stream()
                    .filter(c -> CODE_SYSTEM.equals(c.getSystem()) && c.hasCode())
                    .map(c -> c.getCode())
                    .findFirst()
                    .orElse(null);
            if (code == null) {
                issue(Type.REQUIRED, at + ".code", "needs a coding of " + CODE_SYSTEM + ", one of " + allowed);
                continue;
            }
            if (!allowed.contains(code)) {
                issue(Type.CODE_INVALID, at + ".code", "unknown population '" + code + "' here; one of " + allowed);
                continue;
            }
            if (!seen.add(code)) {
                issue(Type.DUPLICATE, at + ".code", "the population " + code + " is given twice");
                continue;
            }
            String count = at + ".count";
            paths.put(fieldPrefix.isEmpty() ? fieldOfPopulation(code) : fieldPrefix + fieldOfLevel(code), count);
            if (!population.hasCount()) {
                issue(Type.REQUIRED, count, "the count of " + code + " is required");
            } else if (population.getCount() < 0 && !code.equals(AVAILABLE)) {
                // Available beds go negative when surge beds are in use; nothing else can.
                issue(Type.VALUE, count, "must not be negative");
            } else {
                counts.put(code, population.getCount());
            }
        }
        return counts;
    }

    /** The JSON API's name of a care level's figure. */
    private static String fieldOfLevel(String population) {
        return switch (population) {
            case SURGE_24H -> "surge24h";
            case RESERVE_7D -> "reserve7d";
            default -> population;
        };
    }

    private static String fieldOfPopulation(String population) {
        return switch (population) {
            case VENTILATED -> "ventilatedPatients";
            case ECMO -> "ecmoPatients";
            case ELECTIVE_SCHEDULED_7D -> "electiveNext7Days";
            default -> "electivePostponed";
        };
    }

    private String code(Extension extension, String path) {
        if (!(extension.getValue() instanceof CodeType code) || code.getValue() == null) {
            issue(Type.VALUE, path + ".value", "needs a valueCode");
            return null;
        }
        return code.getValue();
    }

    private String string(Extension extension, String path) {
        if (!(extension.getValue() instanceof StringType text) || text.getValue() == null) {
            issue(Type.VALUE, path + ".value", "needs a valueString");
            return null;
        }
        return text.getValue();
    }

    private Instant instant(BaseDateTimeType value, String path) {
        String text = value.getValueAsString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            issue(
                    Type.VALUE,
                    path,
                    "must be a date and time to the second with a time zone, e.g. 2026-11-26T08:00:00+01:00");
            return null;
        }
    }

    private static UUID uuid(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void issue(Type type, String expression, String diagnostics) {
        issues.add(new FhirIssue(type, expression, diagnostics));
    }

    private static String message(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return HAPI_CODE.matcher(message).replaceFirst("");
    }

    /** What the parser finds wrong, each as an issue instead of a log line: an unknown element is an error here. */
    private static final class ParseErrors implements IParserErrorHandler {

        final List<FhirIssue> issues = new ArrayList<>();

        void add(Type type, String expression, String diagnostics) {
            var issue = new FhirIssue(type, expression, diagnostics);
            if (!issues.contains(issue)) {
                issues.add(issue);
            }
        }

        private static String at(IParseLocation location, String element) {
            String parent = location == null ? null : location.getParentElementName();
            // The parser knows the enclosing element's name, not its index: the path is as close as it gets.
            String path = parent == null || parent.equals("MeasureReport") ? "MeasureReport" : parent;
            return element == null ? path : path + "." + element;
        }

        @Override
        public void containedResourceWithNoId(IParseLocation location) {
            add(Type.STRUCTURE, at(location, "contained"), "a contained resource has no id");
        }

        @Override
        public void incorrectJsonType(
                IParseLocation location,
                String element,
                ValueType expected,
                ScalarType expectedScalar,
                ValueType found,
                ScalarType foundScalar) {
            add(
                    Type.STRUCTURE,
                    at(location, element),
                    "has the wrong JSON type: expected " + describe(expected, expectedScalar) + ", found "
                            + describe(found, foundScalar));
        }

        private static String describe(ValueType type, ScalarType scalar) {
            return scalar == null ? String.valueOf(type) : type + " (" + scalar + ")";
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            // The parser's text names Java exceptions; the value itself says enough.
            add(Type.VALUE, at(location, null), "'" + value + "' is not a valid value here");
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String element) {
            add(Type.REQUIRED, at(location, element), "is required");
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String element) {
            add(Type.STRUCTURE, at(location, element), "may appear once");
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attribute) {
            add(Type.STRUCTURE, at(location, attribute), "is not an element of a MeasureReport");
        }

        @Override
        public void unknownElement(IParseLocation location, String element) {
            add(Type.STRUCTURE, at(location, element), "is not an element of a MeasureReport");
        }

        @Override
        public void unknownReference(IParseLocation location, String reference) {
            add(Type.STRUCTURE, at(location, null), "unknown reference '" + reference + "'");
        }

        @Override
        public void invalidInternalReference(IParseLocation location, String reference) {
            add(Type.STRUCTURE, at(location, null), "invalid internal reference '" + reference + "'");
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            add(Type.STRUCTURE, at(location, "extension"), "an extension has both a value and extensions");
        }
    }
}
