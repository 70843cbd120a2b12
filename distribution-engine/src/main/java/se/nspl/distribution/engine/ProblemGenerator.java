package se.nspl.distribution.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Makes realistic distribution problems from the Swedish hospital list, for tests and benchmarks: the same seed and
 * sizes always give the same problem.
 *
 * <p><b>Hospitals.</b> The 61 adult ICU sites of {@code hospitals.csv} beside this class (derived from
 * {@code shared/data/hospitals.csv}, see {@code SOURCES.md} there), with their regions, coordinates and normal ICU
 * beds. {@code origins} of them, drawn by the seed, are overwhelmed: they have no free beds of their own and send all
 * the patients. Every other hospital takes in, per level, drawn by the seed from its ICU size {@code B}:
 *
 * <ul>
 *   <li>free intensive care beds: {@code round(B × U[0.15, 0.45])}, the 21 % free of Socialstyrelsen's March 2021
 *       report widened both ways; of these {@code round(free × U[0.3, 0.6])} are {@code ICU_VENT}, since ventilator
 *       places are the scarcer, and the rest {@code ICU};
 *   <li>free {@code WARD} beds: {@code round(B × U[2, 5])}: a hospital has many more ward than ICU beds, and the ward
 *       beds it can clear in a surge scale with its size, for which its ICU is the measure the list has.
 * </ul>
 *
 * With 465 ICU beds on the list this gives some 130–140 free ICU beds in the country (55–60 with a ventilator)
 * and some 1 500 free ward beds, so that a surge of several hundred patients exceeds the intensive care capacity,
 * as a national crisis would.
 *
 * <p><b>Patients.</b> The first {@code origins} patients go one to each origin, so that every origin sends some; each
 * further patient goes to an origin with a chance proportional to its ICU size. Each patient needs {@code ICU_VENT}
 * with chance 0.20, {@code ICU} 0.25 and {@code WARD} 0.55 (most patients moved to relieve a hospital are ward
 * patients), and has priority 1 with chance 0.20, 2 with 0.35 and 3 with 0.45. The patients of one origin, level and
 * priority form one group: at most nine groups per origin, ids {@code g1, g2, …} in the order of the hospital list,
 * the levels and the priorities.
 *
 * <p><b>Transport.</b> Speeds are averages over the contract's distances (the road distance is the great circle
 * times the road factor 1.3), and {@code fixedMinutes} is what a round trip costs beyond travelling: loading, handover
 * and, for aircraft, the ambulance legs between airport and hospital and the turnaround. All duty times are at most
 * 4 800 minutes, as the contract's objective needs.
 *
 * <ul>
 *   <li>Per region, based at its largest hospital (most ICU beds, first listed on a tie):
 *       <ul>
 *         <li>{@code amb-RR}: road ambulances, as many as the region's hospitals (at least 2) plus 0–2 more, 80 km/h,
 *             40 min handover, a 12-hour shift (720 min), one stretcher for an {@code ICU} or {@code WARD} patient;
 *             an ordinary ambulance has no ventilator team;
 *         <li>{@code iva-amb-RR}: intensive-care ambulances, 1–2, 80 km/h, 60 min (the ICU team hands over the
 *             ventilator), 720 min, one patient of any level;
 *         <li>{@code heli-RR}: one ambulance helicopter in every region whose largest hospital lies north of
 *             61.5° (long distances, sparse roads) and in half of the others, 230 km/h (cruise about 250–280 km/h,
 *             less with climb and approach), 30 min, 600 min (flight duty limits), one patient of any level;
 *         <li>{@code bus-RR}: in half of the regions, one bus refitted for lying patients that regional public
 *             transport supplies, 70 km/h, 60 min, 720 min, 10 {@code WARD} patients on stretchers.
 *       </ul>
 *   <li>{@code jet-umea}, {@code jet-arlanda}, {@code jet-landvetter}: Svenskt Ambulansflyg's six Pilatus PC-24, two at
 *       each airport, 750 km/h, 90 min, 960 min (two crews a day), three stretchers a flight of which at most two
 *       ventilated patients (capacity 2 {@code ICU_VENT}, 3 {@code ICU}, 3 {@code WARD}, 3 seats).
 *   <li>{@code snam}: the national air medevac, a Boeing 737-800 at Arlanda, 780 km/h, 360 min (the six hours to
 *       convert it, charged on every trip, which makes repeated flights pessimistic), 2 880 min (48 hours with crews
 *       relieved), 6 intensive care places, 12 stretchers and 18 seats: capacity 6 {@code ICU_VENT}, 6 {@code ICU},
 *       30 {@code WARD}, 36 seats. The contract cannot say that {@code ICU_VENT} and {@code ICU} share the six
 *       intensive care places, so one flight may carry up to twelve intensive care patients: an overestimate.
 * </ul>
 *
 * Ride limits and road factor are the contract's defaults.
 */
public final class ProblemGenerator {

    /** A hospital of the generator's list. */
    record Site(String id, String region, double lat, double lon, int icuBeds) {}

    /** The largest number of patients a generated problem may have. */
    public static final int MAX_PATIENTS = 100_000;

    private static final double[] LEVEL_CHANCES = {0.20, 0.25, 0.55};
    private static final double[] PRIORITY_CHANCES = {0.20, 0.35, 0.45};
    private static final double NORTH_LATITUDE = 61.5;

    private static final List<Site> SITES = load();

    /** How many hospitals the generator's list has; a problem has at most one fewer origins. */
    public static int hospitalCount() {
        return SITES.size();
    }

    /**
     * A problem with {@code origins} overwhelmed hospitals sending {@code patients} patients in all.
     *
     * @throws IllegalArgumentException if there are fewer than 1 or not fewer origins than hospitals, fewer patients
     *     than origins or more than {@link #MAX_PATIENTS}
     */
    public DistributionProblem generate(long seed, int origins, int patients) {
        if (origins < 1 || origins >= SITES.size()) {
            throw new IllegalArgumentException("origins must be from 1 to " + (SITES.size() - 1)
                    + " (the hospital list has " + SITES.size() + ")");
        }
        if (patients < origins || patients > MAX_PATIENTS) {
            throw new IllegalArgumentException(
                    "patients must be from the number of origins (" + origins + ") to " + MAX_PATIENTS);
        }
        var random = new Random(seed);
        List<Site> overwhelmed = chooseOrigins(random, origins);
        List<Hospital> hospitals = hospitals(random, overwhelmed);
        List<PatientGroup> groups = patients(random, overwhelmed, patients);
        List<Transport> transports = transports(random);
        String name = "generated-seed" + seed + "-origins" + origins + "-patients" + patients;
        return new DistributionProblem(
                name, RideLimits.DEFAULT, DistributionProblem.DEFAULT_ROAD_FACTOR, hospitals, groups, transports);
    }

    /** The origins, in the order of the hospital list. */
    private static List<Site> chooseOrigins(Random random, int origins) {
        var shuffled = new ArrayList<>(SITES);
        Collections.shuffle(shuffled, random);
        List<Site> chosen = shuffled.subList(0, origins);
        return SITES.stream().filter(chosen::contains).toList();
    }

    private static List<Hospital> hospitals(Random random, List<Site> overwhelmed) {
        var hospitals = new ArrayList<Hospital>();
        for (Site site : SITES) {
            LevelCounts free;
            if (overwhelmed.contains(site)) {
                free = new LevelCounts(0, 0, 0);
            } else {
                int intensive = (int) Math.round(site.icuBeds() * uniform(random, 0.15, 0.45));
                int ventilated = (int) Math.round(intensive * uniform(random, 0.3, 0.6));
                int ward = (int) Math.round(site.icuBeds() * uniform(random, 2, 5));
                free = new LevelCounts(ventilated, intensive - ventilated, ward);
            }
            hospitals.add(new Hospital(site.id(), site.region(), site.lat(), site.lon(), free));
        }
        return hospitals;
    }

    private static List<PatientGroup> patients(Random random, List<Site> overwhelmed, int patients) {
        int levels = CareLevel.values().length;
        int[][][] counts = new int[overwhelmed.size()][levels][3];
        double[] sizes = overwhelmed.stream().mapToDouble(Site::icuBeds).toArray();
        for (int k = 0; k < patients; k++) {
            int origin = k < overwhelmed.size() ? k : draw(random, sizes);
            counts[origin][draw(random, LEVEL_CHANCES)][draw(random, PRIORITY_CHANCES)]++;
        }
        var groups = new ArrayList<PatientGroup>();
        for (int o = 0; o < overwhelmed.size(); o++) {
            for (int level = 0; level < levels; level++) {
                for (int priority = 0; priority < 3; priority++) {
                    int count = counts[o][level][priority];
                    if (count > 0) {
                        groups.add(new PatientGroup(
                                "g" + (groups.size() + 1),
                                overwhelmed.get(o).id(),
                                CareLevel.values()[level],
                                count,
                                priority + 1));
                    }
                }
            }
        }
        return groups;
    }

    private static List<Transport> transports(Random random) {
        var regions = new TreeMap<String, List<Site>>();
        for (Site site : SITES) {
            regions.computeIfAbsent(site.region(), region -> new ArrayList<>()).add(site);
        }
        var transports = new ArrayList<Transport>();
        for (Map.Entry<String, List<Site>> region : regions.entrySet()) {
            String code = region.getKey();
            List<Site> sites = region.getValue();
            Site base = largest(sites);
            int ambulances = Math.max(2, sites.size()) + random.nextInt(3);
            transports.add(vehicle("amb-" + code, TransportMode.ROAD, base, ambulances, 80, 40, 720, 0, 1, 1, 1));
            int intensive = 1 + random.nextInt(2);
            transports.add(vehicle("iva-amb-" + code, TransportMode.ROAD, base, intensive, 80, 60, 720, 1, 1, 1, 1));
            boolean helicopter = random.nextDouble() < 0.5 || base.lat() >= NORTH_LATITUDE;
            if (helicopter) {
                transports.add(vehicle("heli-" + code, TransportMode.AIR, base, 1, 230, 30, 600, 1, 1, 1, 1));
            }
            if (random.nextDouble() < 0.5) {
                transports.add(vehicle("bus-" + code, TransportMode.ROAD, base, 1, 70, 60, 720, 0, 0, 10, 10));
            }
        }
        transports.add(jet("jet-umea", 63.7918, 20.2828));
        transports.add(jet("jet-arlanda", 59.6519, 17.9186));
        transports.add(jet("jet-landvetter", 57.6628, 12.2798));
        transports.add(new Transport(
                "snam", TransportMode.AIR, 59.6519, 17.9186, 1, 780, 360, 2880, new LevelCounts(6, 6, 30), 36));
        return transports;
    }

    /** The site with the most ICU beds, the first listed on a tie. */
    private static Site largest(List<Site> sites) {
        Site largest = sites.get(0);
        for (Site site : sites) {
            if (site.icuBeds() > largest.icuBeds()) {
                largest = site;
            }
        }
        return largest;
    }

    private static Transport vehicle(
            String id,
            TransportMode mode,
            Site base,
            int count,
            double speedKmh,
            double fixedMinutes,
            double dutyMinutes,
            int icuVent,
            int icu,
            int ward,
            int seats) {
        return new Transport(
                id,
                mode,
                base.lat(),
                base.lon(),
                count,
                speedKmh,
                fixedMinutes,
                dutyMinutes,
                new LevelCounts(icuVent, icu, ward),
                seats);
    }

    private static Transport jet(String id, double lat, double lon) {
        return new Transport(id, TransportMode.AIR, lat, lon, 2, 750, 90, 960, new LevelCounts(2, 3, 3), 3);
    }

    private static double uniform(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** An index drawn with chances proportional to the weights. */
    private static int draw(Random random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double left = random.nextDouble() * total;
        for (int k = 0; k < weights.length - 1; k++) {
            left -= weights[k];
            if (left < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private static List<Site> load() {
        InputStream csv = ProblemGenerator.class.getResourceAsStream("hospitals.csv");
        if (csv == null) {
            throw new IllegalStateException("hospitals.csv is missing beside " + ProblemGenerator.class.getName());
        }
        try (var lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            // id,region_code,lat,lon,icu_beds_normal,icu_beds_is_estimate
            return lines.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .map(f -> new Site(
                            f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
