package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Builders for the model that start from valid values, so that a test states only what matters to it. */
final class TestData {

    /** One degree along a meridian on the contract's Earth. */
    static final double KM_PER_DEGREE = 6371.0 * Math.PI / 180;

    /** A speed (about 667 km/h) at which one degree along a meridian takes ten minutes through the air. */
    static final double TEN_MINUTES_PER_DEGREE_KMH = KM_PER_DEGREE * 6;

    private TestData() {}

    static HospitalBuilder hospital(String id) {
        return new HospitalBuilder(id);
    }

    static GroupBuilder group(String id) {
        return new GroupBuilder(id);
    }

    static TransportBuilder transport(String id) {
        return new TransportBuilder(id);
    }

    static ProblemBuilder problem() {
        return new ProblemBuilder();
    }

    /** The errors, as {@code path: message}, of a creation that must fail for invalid input. */
    static List<String> errorsOf(ThrowingCallable creation) {
        return assertThatExceptionOfType(InvalidProblemException.class).isThrownBy(creation).actual().errors().stream()
                .map(FieldError::toString)
                .toList();
    }

    static LevelCounts counts(int icuVent, int icu, int ward) {
        return new LevelCounts(icuVent, icu, ward);
    }

    static final class HospitalBuilder {
        private final String id;
        private double lat = 59.0;
        private double lon = 18.0;
        private LevelCounts free = counts(5, 5, 5);

        private HospitalBuilder(String id) {
            this.id = id;
        }

        HospitalBuilder at(double lat, double lon) {
            this.lat = lat;
            this.lon = lon;
            return this;
        }

        HospitalBuilder free(int icuVent, int icu, int ward) {
            this.free = counts(icuVent, icu, ward);
            return this;
        }

        Hospital build() {
            return new Hospital(id, "01", lat, lon, free);
        }
    }

    static final class GroupBuilder {
        private final String id;
        private String origin = "origin";
        private CareLevel level = CareLevel.ICU_VENT;
        private int count = 1;
        private int priority = 1;

        private GroupBuilder(String id) {
            this.id = id;
        }

        GroupBuilder from(String origin) {
            this.origin = origin;
            return this;
        }

        GroupBuilder level(CareLevel level) {
            this.level = level;
            return this;
        }

        GroupBuilder count(int count) {
            this.count = count;
            return this;
        }

        GroupBuilder priority(int priority) {
            this.priority = priority;
            return this;
        }

        PatientGroup build() {
            return new PatientGroup(id, origin, level, count, priority);
        }
    }

    static final class TransportBuilder {
        private final String id;
        private TransportMode mode = TransportMode.AIR;
        private double baseLat = 59.0;
        private double baseLon = 18.0;
        private double speedKmh = 600;
        private double fixedMinutes = 0;
        private double dutyMinutes = 600;
        private LevelCounts capacity = counts(1, 1, 1);
        private int vehicles = 1;
        private int seats = 1;

        private TransportBuilder(String id) {
            this.id = id;
        }

        TransportBuilder mode(TransportMode mode) {
            this.mode = mode;
            return this;
        }

        TransportBuilder baseAt(double lat, double lon) {
            this.baseLat = lat;
            this.baseLon = lon;
            return this;
        }

        TransportBuilder speedKmh(double speedKmh) {
            this.speedKmh = speedKmh;
            return this;
        }

        TransportBuilder fixedMinutes(double fixedMinutes) {
            this.fixedMinutes = fixedMinutes;
            return this;
        }

        TransportBuilder dutyMinutes(double dutyMinutes) {
            this.dutyMinutes = dutyMinutes;
            return this;
        }

        TransportBuilder capacity(int icuVent, int icu, int ward) {
            this.capacity = counts(icuVent, icu, ward);
            return this;
        }

        TransportBuilder vehicles(int vehicles) {
            this.vehicles = vehicles;
            return this;
        }

        TransportBuilder seats(int seats) {
            this.seats = seats;
            return this;
        }

        Transport build() {
            return new Transport(
                    id, mode, baseLat, baseLon, vehicles, speedKmh, fixedMinutes, dutyMinutes, capacity, seats);
        }
    }

    static final class ProblemBuilder {
        private RideLimits maxRideMinutes = RideLimits.DEFAULT;
        private double roadFactor = DistributionProblem.DEFAULT_ROAD_FACTOR;
        private List<Hospital> hospitals = List.of();
        private List<PatientGroup> patients = List.of();
        private List<Transport> transports = List.of();

        private ProblemBuilder() {}

        ProblemBuilder maxRideMinutes(double icuVent, double icu, double ward) {
            this.maxRideMinutes = new RideLimits(icuVent, icu, ward);
            return this;
        }

        ProblemBuilder roadFactor(double roadFactor) {
            this.roadFactor = roadFactor;
            return this;
        }

        ProblemBuilder hospitals(Hospital... hospitals) {
            this.hospitals = List.of(hospitals);
            return this;
        }

        ProblemBuilder patients(PatientGroup... patients) {
            this.patients = List.of(patients);
            return this;
        }

        ProblemBuilder transports(Transport... transports) {
            this.transports = List.of(transports);
            return this;
        }

        DistributionProblem build() {
            return new DistributionProblem("test", maxRideMinutes, roadFactor, hospitals, patients, transports);
        }
    }
}
