package se.nspl.distribution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * Keeps the transport register: a region's coordinator keeps the own region's vehicles and aircraft, the
 * secretariat every region's and the national resources (region left out). Every change is audited.
 */
@Service
public class TransportRegister {

    /**
     * A transport unit as its keeper writes it. The base is a hospital ({@code baseHospital}: its name and position are
     * taken) or a named place with its position ({@code baseName}, {@code baseLat}, {@code baseLon}), e.g. an airport.
     * {@code available} left out means all {@code count}.
     */
    public record Draft(
            @Nullable String code,
            @Nullable String name,
            @Nullable TransportKind kind,
            @Nullable RegionCode region,
            @Nullable UUID baseHospital,
            @Nullable String baseName,
            @Nullable Double baseLat,
            @Nullable Double baseLon,
            @Nullable Integer count,
            @Nullable Integer available,
            @Nullable Double speedKmh,
            @Nullable Double fixedMinutes,
            @Nullable Double dutyMinutes,
            @Nullable Integer capIcuVent,
            @Nullable Integer capIcu,
            @Nullable Integer capWard,
            @Nullable Integer seats) {}

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final TransportUnits units;
    private final Regions regions;
    private final Hospitals hospitals;
    private final AuditTrail audit;
    private final Clock clock;

    TransportRegister(TransportUnits units, Regions regions, Hospitals hospitals, AuditTrail audit, Clock clock) {
        this.units = units;
        this.regions = regions;
        this.hospitals = hospitals;
        this.audit = audit;
        this.clock = clock;
    }

    public List<TransportUnit> list(Optional<RegionCode> region) {
        return units.list(region);
    }

    public TransportUnit find(UUID id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("transport unit", id));
    }

    /** Whether the actor may keep the units of the region (null: the national resources). */
    public static boolean mayKeep(Actor actor, @Nullable RegionCode region) {
        if (actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN)) {
            return true;
        }
        return region != null && actor.hasRole(Role.REGION_COORDINATOR) && actor.actsFor(region);
    }

    @Transactional
    public TransportUnit add(Draft draft, Actor actor) {
        var id = UUID.randomUUID();
        var unit = fromDraft(id, draft, 0, actor);
        requireMayKeep(actor, unit.region());
        units.add(unit);
        audit.record(actor, "distribution.TRANSPORT_ADDED", "transport-unit", id.toString(), describe(unit));
        return find(id);
    }

    @Transactional
    public TransportUnit update(UUID id, long expectedVersion, Draft draft, Actor actor) {
        var before = find(id);
        requireMayKeep(actor, before.region());
        var unit = fromDraft(id, draft, expectedVersion, actor);
        requireMayKeep(actor, unit.region());
        units.update(unit, expectedVersion);
        audit.record(actor, "distribution.TRANSPORT_CHANGED", "transport-unit", id.toString(), describe(unit));
        return find(id);
    }

    private static void requireMayKeep(Actor actor, @Nullable RegionCode region) {
        if (!mayKeep(actor, region)) {
            throw new ForbiddenException(
                    region == null
                            ? "the national transport resources are kept by the secretariat"
                            : "a region's coordinator keeps the own region's transport only");
        }
    }

    private TransportUnit fromDraft(UUID id, Draft draft, long version, Actor actor) {
        var errors = new ArrayList<FieldError>();
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            errors.add(FieldError.coded(
                    "code", "transport.error.code", "2 to 40 lower-case letters, digits and hyphens, e.g. amb-24"));
        } else if (units.codeTaken(code, id)) {
            errors.add(FieldError.coded(
                    "code", "transport.error.codeTaken", "'" + code + "' is already the code of another unit", code));
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            errors.add(FieldError.coded("name", "transport.error.name", "must be 1 to 200 characters"));
        }
        Classification.check("name", draft.name(), errors);
        Classification.check("baseName", draft.baseName(), errors);
        if (draft.kind() == null) {
            errors.add(FieldError.coded(
                    "kind", "transport.error.kind", "must be one of " + List.of(TransportKind.values())));
        }
        if (draft.region() != null && !regions.exists(draft.region())) {
            errors.add(FieldError.coded(
                    "region",
                    "transport.error.region",
                    "no region has the code " + draft.region(),
                    draft.region().value()));
        }
        String baseName = draft.baseName() == null ? null : draft.baseName().strip();
        Double baseLat = draft.baseLat();
        Double baseLon = draft.baseLon();
        if (draft.baseHospital() != null) {
            Optional<Hospital> hospital = hospitals.find(draft.baseHospital());
            if (hospital.isEmpty()) {
                errors.add(FieldError.coded("baseHospital", "transport.error.baseHospital", "no hospital has this id"));
            } else {
                baseName = hospital.get().name();
                baseLat = hospital.get().lat();
                baseLon = hospital.get().lon();
            }
        } else {
            if (baseName == null || baseName.isEmpty() || baseName.length() > 200) {
                errors.add(FieldError.coded(
                        "baseName",
                        "transport.error.baseName",
                        "name the base (1 to 200 characters), or give a baseHospital"));
            }
            if (baseLat == null || !(baseLat >= -90 && baseLat <= 90)) {
                errors.add(FieldError.coded("baseLat", "transport.error.baseLat", "must be a latitude from -90 to 90"));
            }
            if (baseLon == null || !(baseLon >= -180 && baseLon <= 180)) {
                errors.add(
                        FieldError.coded("baseLon", "transport.error.baseLon", "must be a longitude from -180 to 180"));
            }
        }
        int count = whole(errors, "count", draft.count(), 1, 500, null);
        int available = whole(errors, "available", draft.available(), 0, Math.max(0, count), count);
        double speed = decimal(errors, "speedKmh", draft.speedKmh(), 1, 1200);
        double fixed = decimal(errors, "fixedMinutes", draft.fixedMinutes(), 0, 1440);
        // The contract's objective needs duty times of at most 4 800 minutes (distribution-model.md).
        double duty = decimal(errors, "dutyMinutes", draft.dutyMinutes(), 1, 4800);
        int icuVent = whole(errors, "capIcuVent", draft.capIcuVent(), 0, 100, 0);
        int icu = whole(errors, "capIcu", draft.capIcu(), 0, 100, 0);
        int ward = whole(errors, "capWard", draft.capWard(), 0, 100, 0);
        int seats = whole(errors, "seats", draft.seats(), 1, 200, null);
        if (icuVent + icu + ward == 0) {
            errors.add(FieldError.coded(
                    "capWard", "transport.error.carries", "a transport carries patients of at least one care level"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TransportUnit(
                id,
                code,
                draft.name().strip(),
                draft.kind(),
                draft.region(),
                baseName,
                baseLat,
                baseLon,
                count,
                available,
                speed,
                fixed,
                duty,
                icuVent,
                icu,
                ward,
                seats,
                version,
                clock.instant(),
                actor.name());
    }

    private static int whole(
            List<FieldError> errors,
            String field,
            @Nullable Integer value,
            int min,
            int max,
            @Nullable Integer otherwise) {
        if (value == null && otherwise != null) {
            return otherwise;
        }
        if (value == null || value < min || value > max) {
            errors.add(FieldError.coded(
                    field, "transport.error.whole", "must be a whole number from " + min + " to " + max, min, max));
            return min;
        }
        return value;
    }

    private static double decimal(
            List<FieldError> errors, String field, @Nullable Double value, double min, double max) {
        if (value == null || !(value >= min && value <= max)) {
            errors.add(FieldError.coded(
                    field,
                    "transport.error.decimal",
                    "must be a number from " + fmt(min) + " to " + fmt(max),
                    fmt(min),
                    fmt(max)));
            return min;
        }
        return value;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String describe(TransportUnit unit) {
        return unit.code() + " (" + unit.kind() + ", region " + (unit.region() == null ? "national" : unit.region())
                + "): " + unit.available() + " of " + unit.count() + " available, base " + unit.baseName();
    }
}
