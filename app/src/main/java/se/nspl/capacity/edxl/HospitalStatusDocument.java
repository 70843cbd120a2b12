package se.nspl.capacity.edxl;

import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.nspl.capacity.EdStatus;
import se.nspl.capacity.OperationalStatus;
import se.nspl.capacity.Restriction;
import se.nspl.capacity.edxl.EdxlHave.BedType;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * A HAVE {@code HospitalStatus} document as NSPL reads it: per hospital its id, time, emergency
 * department, facility status and beds. Every problem is named by element path and line, all of
 * them at once.
 */
record HospitalStatusDocument(List<HospitalEntry> hospitals) {

    /**
     * One {@code Hospital} element.
     *
     * @param emergencyDepartment empty when the element is missing; holds null for {@code NotApplicable}
     * @param operationalStatus null when {@code HospitalFacilityStatus/FacilityStatus} is missing
     * @param restrictions read from {@code HospitalResourcesStatus}; used with the operational status
     */
    record HospitalEntry(
            String path,
            int line,
            UUID hospitalId,
            Instant lastUpdateTime,
            Optional<Optional<EdStatus>> emergencyDepartment,
            OperationalStatus operationalStatus,
            Set<Restriction> restrictions,
            List<BedEntry> beds) {}

    /**
     * One {@code BedCapacity} element.
     *
     * @param level the NSPL care level named in {@code SubCategoryBedType}, if any
     * @param unitId the NSPL unit named in {@code SubCategoryBedType}, if any
     * @param occupied occupied beds from NSPL's extension, when more than the baseline
     * @param reserve7d beds that can be added within 7 days, from NSPL's extension
     */
    record BedEntry(
            String path,
            int line,
            BedType type,
            Optional<CareLevel> level,
            Optional<UUID> unitId,
            int baseline,
            int available,
            Integer surge24h,
            Optional<Integer> occupied,
            Optional<Integer> reserve7d) {}

    static HospitalStatusDocument read(InputStream in) {
        return from(HardenedXml.read(in));
    }

    static HospitalStatusDocument from(XmlElement root) {
        if (!root.namespace().equals(EdxlHave.NAMESPACE) || !root.name().equals("HospitalStatus")) {
            throw new InvalidInputException(
                    root.path(),
                    "line " + root.line() + ": the document must be an EDXL-HAVE 1.0 HospitalStatus (namespace "
                            + EdxlHave.NAMESPACE + "), not {" + root.namespace() + "}" + root.name());
        }
        var errors = new ArrayList<FieldError>();
        var hospitals = new ArrayList<HospitalEntry>();
        var elements = root.all("Hospital");
        if (elements.isEmpty()) {
            errors.add(error(root.pathOf("Hospital"), root.line(), "at least one Hospital is required"));
        }
        for (var element : elements) {
            hospital(element, errors).ifPresent(hospitals::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new HospitalStatusDocument(hospitals);
    }

    private static Optional<HospitalEntry> hospital(XmlElement hospital, List<FieldError> errors) {
        int before = errors.size();
        var id = hospitalId(hospital, errors);
        var time = required(hospital, "LastUpdateTime", errors).flatMap(e -> dateTime(e, errors));
        var ed = hospital.first("EmergencyDepartmentStatus").map(e -> emergencyDepartment(e, errors));
        var facility = hospital.first("HospitalFacilityStatus")
                .flatMap(f -> f.first("FacilityStatus"))
                .map(e -> facilityStatus(e, errors))
                .orElse(null);
        var restrictions = hospital.first("HospitalResourcesStatus")
                .map(r -> restrictions(r, errors))
                .orElse(Set.of());
        var beds = new ArrayList<BedEntry>();
        var capacity = hospital.first("HospitalBedCapacityStatus");
        var bedElements = capacity.map(c -> c.all("BedCapacity")).orElse(List.of());
        if (bedElements.isEmpty()) {
            errors.add(error(
                    capacity.map(c -> c.pathOf("BedCapacity")).orElse(hospital.pathOf("HospitalBedCapacityStatus")),
                    capacity.map(XmlElement::line).orElse(hospital.line()),
                    "required: the hospital's beds, one BedCapacity per unit and care level"));
        }
        for (var bed : bedElements) {
            bed(bed, errors).ifPresent(beds::add);
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new HospitalEntry(
                hospital.path(),
                hospital.line(),
                id.orElseThrow(),
                time.orElseThrow(),
                ed,
                facility,
                restrictions,
                beds));
    }

    private static Optional<UUID> hospitalId(XmlElement hospital, List<FieldError> errors) {
        var name = hospital.first("Organization")
                .flatMap(o -> o.first("OrganizationInformation"))
                .flatMap(i -> i.first(EdxlHave.XNL, "OrganisationName"));
        if (name.isEmpty()) {
            errors.add(error(
                    hospital.path() + "/Organization/OrganizationInformation/OrganisationName",
                    hospital.line(),
                    "required: the hospital's NSPL id as the xnl:ID attribute of xnl:OrganisationName"));
            return Optional.empty();
        }
        String id = name.get().attributes().get("{" + EdxlHave.XNL + "}ID");
        try {
            return Optional.of(UUID.fromString(id == null ? "" : id.strip()));
        } catch (IllegalArgumentException e) {
            errors.add(error(
                    name.get().path() + "/@ID",
                    name.get().line(),
                    "must be the hospital's NSPL id (a UUID, see GET /api/v1/hospitals)"));
            return Optional.empty();
        }
    }

    private static Optional<EdStatus> emergencyDepartment(XmlElement status, List<FieldError> errors) {
        var traffic = status.first("EMSTraffic").flatMap(t -> t.first("EMSTrafficStatus"));
        if (traffic.isEmpty()) {
            return Optional.empty();
        }
        return switch (traffic.get().value()) {
            case "Normal" -> Optional.of(EdStatus.OPEN);
            case "Advisory" -> Optional.of(EdStatus.DIVERTING);
            case "Closed" -> Optional.of(EdStatus.CLOSED);
            case "NotApplicable" -> Optional.empty();
            default -> {
                errors.add(error(traffic.get(), "must be Normal, Advisory, Closed or NotApplicable"));
                yield Optional.empty();
            }
        };
    }

    private static OperationalStatus facilityStatus(XmlElement status, List<FieldError> errors) {
        return switch (status.value()) {
            case "Normal" -> OperationalStatus.NORMAL;
            case "Compromised" -> OperationalStatus.RESTRICTED;
            // an evacuating hospital takes no patients: for those who plan transfers it is closed
            case "Evacuating", "Closed" -> OperationalStatus.CLOSED;
            default -> {
                errors.add(error(status, "must be Normal, Compromised, Evacuating or Closed"));
                yield null;
            }
        };
    }

    private static Set<Restriction> restrictions(XmlElement resources, List<FieldError> errors) {
        var restrictions = EnumSet.noneOf(Restriction.class);
        insufficient(resources, "Staffing", errors).ifPresent(i -> {
            if (i) {
                restrictions.add(Restriction.STAFF);
            }
        });
        insufficient(resources, "FacilityOperations", errors).ifPresent(i -> {
            if (i) {
                restrictions.add(Restriction.EQUIPMENT);
            }
        });
        insufficient(resources, "ClinicalOperations", errors).ifPresent(i -> {
            if (i) {
                restrictions.add(Restriction.SUPPLIES);
            }
        });
        return restrictions;
    }

    private static Optional<Boolean> insufficient(XmlElement resources, String name, List<FieldError> errors) {
        var element = resources.first(name);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        return switch (element.get().value()) {
            case "Adequate" -> Optional.of(false);
            case "Insufficient" -> Optional.of(true);
            default -> {
                errors.add(error(element.get(), "must be Adequate or Insufficient"));
                yield Optional.empty();
            }
        };
    }

    private static Optional<BedEntry> bed(XmlElement bed, List<FieldError> errors) {
        int before = errors.size();
        var type = required(bed, "BedType", errors).flatMap(t -> {
            var named = BedType.named(t.value());
            if (named.isEmpty()) {
                errors.add(error(t, "'" + t.value() + "' is not an EDXL-HAVE 1.0 bed type"));
            } else if (named.get().usualLevel().isEmpty()) {
                errors.add(error(t, "NSPL reports no " + t.value() + " beds; leave them out"));
            }
            return named;
        });
        var sub = bed.first("SubCategoryBedType");
        var level = sub.flatMap(s -> s.first(EdxlHave.NSPL, "CareLevel")).flatMap(l -> careLevel(l, errors));
        var unit = sub.flatMap(s -> s.first(EdxlHave.NSPL, "UnitId")).flatMap(u -> uuid(u, errors));
        var occupied = sub.flatMap(s -> s.first(EdxlHave.NSPL, "Occupied")).flatMap(o -> count(o, errors));
        var reserve = sub.flatMap(s -> s.first(EdxlHave.NSPL, "Reserve7d")).flatMap(r -> count(r, errors));
        if (type.isPresent() && level.isPresent() && !type.get().holds(level.get())) {
            errors.add(error(
                    sub.get().path() + "/CareLevel", sub.get().line(), level.get() + " beds are not " + type.get()));
        }
        var capacity = required(bed, "Capacity", errors);
        var baseline =
                capacity.flatMap(c -> required(c, "BaselineCount", errors)).flatMap(b -> count(b, errors));
        var available =
                capacity.flatMap(c -> required(c, "AvailableCount", errors)).flatMap(a -> count(a, errors));
        var surge =
                capacity.flatMap(c -> c.first("AdditionalCapacityCount24Hr")).flatMap(s -> count(s, errors));
        if (baseline.isPresent() && available.isPresent() && available.get() > baseline.get()) {
            errors.add(error(
                    capacity.get().pathOf("AvailableCount"),
                    capacity.get().line(),
                    "cannot be more than the BaselineCount (the staffed beds)"));
        }
        if (occupied.isPresent()
                && baseline.isPresent()
                && available.isPresent()
                && (available.get() != 0 || occupied.get() < baseline.get())) {
            errors.add(error(
                    sub.get().path() + "/Occupied",
                    sub.get().line(),
                    "only for beds occupied beyond the BaselineCount, with AvailableCount 0"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new BedEntry(
                bed.path(),
                bed.line(),
                type.orElseThrow(),
                level,
                unit,
                baseline.orElseThrow(),
                available.orElseThrow(),
                surge.orElse(null),
                occupied,
                reserve));
    }

    private static Optional<XmlElement> required(XmlElement parent, String name, List<FieldError> errors) {
        var child = parent.first(name);
        if (child.isEmpty()) {
            errors.add(error(parent.pathOf(name), parent.line(), "required"));
        }
        return child;
    }

    private static Optional<Integer> count(XmlElement element, List<FieldError> errors) {
        try {
            int n = Integer.parseInt(element.value());
            if (n < 0) {
                errors.add(error(element, "must be 0 or more"));
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            errors.add(error(element, "must be a whole number"));
            return Optional.empty();
        }
    }

    private static Optional<Instant> dateTime(XmlElement element, List<FieldError> errors) {
        try {
            return Optional.of(OffsetDateTime.parse(element.value()).toInstant());
        } catch (DateTimeParseException e) {
            errors.add(error(element, "must be a date and time with its offset, e.g. 2026-03-01T08:00:00+01:00"));
            return Optional.empty();
        }
    }

    private static Optional<CareLevel> careLevel(XmlElement element, List<FieldError> errors) {
        try {
            return Optional.of(CareLevel.valueOf(element.value()));
        } catch (IllegalArgumentException e) {
            errors.add(error(element, "'" + element.value() + "' is not an NSPL care level"));
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(XmlElement element, List<FieldError> errors) {
        try {
            return Optional.of(UUID.fromString(element.value()));
        } catch (IllegalArgumentException e) {
            errors.add(error(element, "must be an NSPL unit id"));
            return Optional.empty();
        }
    }

    private static FieldError error(XmlElement element, String message) {
        return error(element.path(), element.line(), message);
    }

    static FieldError error(String path, int line, String message) {
        return new FieldError(path, "line " + line + ": " + message);
    }
}
