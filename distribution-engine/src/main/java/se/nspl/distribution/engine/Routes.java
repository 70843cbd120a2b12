package se.nspl.distribution.engine;

import static java.lang.Math.asin;
import static java.lang.Math.cos;
import static java.lang.Math.min;
import static java.lang.Math.sin;
import static java.lang.Math.sqrt;
import static java.lang.Math.toRadians;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The derived quantities of the contract for one problem: distances, travel times and which transfers are allowed.
 * Each method names the contract's symbol it computes, so that a plan can be rechecked by the formulas alone.
 */
public final class Routes {

    /** The contract's Earth radius. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private final DistributionProblem problem;
    private final Map<String, Hospital> hospitalsById;

    public Routes(DistributionProblem problem) {
        this.problem = problem;
        this.hospitalsById = problem.hospitals().stream().collect(Collectors.toMap(Hospital::id, Function.identity()));
    }

    /** {@code km(p, q)}: the great-circle distance by the haversine formula. */
    public static double greatCircleKm(GeoPoint p, GeoPoint q) {
        double sinHalfLat = sin(toRadians(q.lat() - p.lat()) / 2);
        double sinHalfLon = sin(toRadians(q.lon() - p.lon()) / 2);
        double h =
                sinHalfLat * sinHalfLat + cos(toRadians(p.lat())) * cos(toRadians(q.lat())) * sinHalfLon * sinHalfLon;
        // Rounding can push h a hair above 1 for antipodal points, where asin is undefined.
        return 2 * EARTH_RADIUS_KM * asin(sqrt(min(1, h)));
    }

    /** {@code dist(g, p, q)}: road transport goes the great circle times the road factor, air transport flies it. */
    public double distanceKm(Transport transport, GeoPoint p, GeoPoint q) {
        double km = greatCircleKm(p, q);
        return switch (transport.mode()) {
            case ROAD -> km * problem.roadFactor();
            case AIR -> km;
        };
    }

    /** {@code minutes(g, p, q)}: how long the transport takes from p to q. */
    public double travelMinutes(Transport transport, GeoPoint p, GeoPoint q) {
        return distanceKm(transport, p, q) / transport.speedKmh() * 60;
    }

    /** {@code ride(g, i, j)}: how long a patient spends on the way from one hospital to the other. */
    public double rideMinutes(Transport transport, Hospital from, Hospital to) {
        return travelMinutes(transport, from.location(), to.location());
    }

    /** {@code trip(g, i, j)}: one round trip of one vehicle from its base, via {@code from}, to {@code to} and back. */
    public double tripMinutes(Transport transport, Hospital from, Hospital to) {
        return travelMinutes(transport, transport.base(), from.location())
                + rideMinutes(transport, from, to)
                + travelMinutes(transport, to.location(), transport.base())
                + transport.fixedMinutes();
    }

    /** {@code allowed(p, j, g)}: whether the transport may take patients of the group to the hospital at all. */
    public boolean isAllowed(PatientGroup group, Hospital to, Transport transport) {
        Hospital from = originOf(group);
        CareLevel level = group.level();
        return !to.id().equals(from.id())
                && transport.capacity().of(level) > 0
                && to.free().of(level) > 0
                && rideMinutes(transport, from, to) <= problem.maxRideMinutes().of(level)
                && tripMinutes(transport, from, to) <= transport.dutyMinutes();
    }

    private Hospital originOf(PatientGroup group) {
        Hospital origin = hospitalsById.get(group.origin());
        if (origin == null) {
            throw new IllegalArgumentException(
                    "Patient group " + group.id() + " is not from problem " + problem.name());
        }
        return origin;
    }
}
