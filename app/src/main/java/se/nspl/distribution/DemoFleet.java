package se.nspl.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import se.nspl.organisation.Hospital;
import se.nspl.shared.RegionCode;

/**
 * The made-up transport register of demo mode, as the engine's {@code ProblemGenerator} composes its fleets: per
 * region road ambulances (as many as its hospitals, at least 2, plus 0–2), 1–2 intensive-care ambulances, a helicopter
 * in every region based north of 61.5° and about half of the others, a stretcher bus in about half, all based at the
 * region's university hospital (else its first); and national: two PC-24 jets each at Umeå, Arlanda and Landvetter,
 * and SNAM at Arlanda. The same seed gives the same fleet. Plain Java; no region's real fleet.
 */
final class DemoFleet {

    /** A region and its hospitals. */
    record Region(RegionCode code, String name, List<Hospital> hospitals) {}

    static final double NORTH_LATITUDE = 61.5;

    private DemoFleet() {}

    static List<TransportRegister.Draft> of(List<Region> regions, long seed) {
        var random = new Random(seed);
        var fleet = new ArrayList<TransportRegister.Draft>();
        for (var region : regions) {
            if (region.hospitals().isEmpty()) {
                continue;
            }
            Hospital base = region.hospitals().stream()
                    .sorted(Comparator.comparing((Hospital h) -> !h.university()))
                    .findFirst()
                    .orElseThrow();
            String rr = region.code().value();
            int ambulances = Math.max(2, region.hospitals().size()) + random.nextInt(3);
            fleet.add(vehicle(
                    "amb-" + rr,
                    "Ambulanser " + region.name(),
                    TransportKind.ROAD_AMBULANCE,
                    region,
                    base,
                    ambulances,
                    80,
                    40,
                    720,
                    0,
                    1,
                    1,
                    1));
            fleet.add(vehicle(
                    "iva-amb-" + rr,
                    "IVA-ambulans " + region.name(),
                    TransportKind.ICU_AMBULANCE,
                    region,
                    base,
                    1 + random.nextInt(2),
                    80,
                    60,
                    720,
                    1,
                    1,
                    1,
                    1));
            if (random.nextDouble() < 0.5 || base.lat() >= NORTH_LATITUDE) {
                fleet.add(vehicle(
                        "heli-" + rr,
                        "Ambulanshelikopter " + region.name(),
                        TransportKind.HELICOPTER,
                        region,
                        base,
                        1,
                        230,
                        30,
                        600,
                        1,
                        1,
                        1,
                        1));
            }
            if (random.nextDouble() < 0.5) {
                fleet.add(vehicle(
                        "bus-" + rr,
                        "Liggbuss " + region.name(),
                        TransportKind.STRETCHER_BUS,
                        region,
                        base,
                        1,
                        70,
                        60,
                        720,
                        0,
                        0,
                        10,
                        10));
            }
        }
        fleet.add(jet("jet-umea", "Umeå airport", 63.7918, 20.2828));
        fleet.add(jet("jet-arlanda", "Stockholm Arlanda", 59.6519, 17.9186));
        fleet.add(jet("jet-landvetter", "Göteborg Landvetter", 57.6628, 12.2798));
        fleet.add(new TransportRegister.Draft(
                "snam",
                "SNAM (Boeing 737)",
                TransportKind.SNAM,
                null,
                null,
                "Stockholm Arlanda",
                59.6519,
                17.9186,
                1,
                1,
                780.0,
                360.0,
                2880.0,
                6,
                6,
                30,
                36));
        return fleet;
    }

    private static TransportRegister.Draft jet(String code, String airport, double lat, double lon) {
        return new TransportRegister.Draft(
                code,
                "Ambulansflyg PC-24, " + airport,
                TransportKind.JET,
                null,
                null,
                airport,
                lat,
                lon,
                2,
                2,
                750.0,
                90.0,
                960.0,
                2,
                3,
                3,
                3);
    }

    private static TransportRegister.Draft vehicle(
            String code,
            String name,
            TransportKind kind,
            Region region,
            Hospital base,
            int count,
            double speed,
            double fixed,
            double duty,
            int icuVent,
            int icu,
            int ward,
            int seats) {
        return new TransportRegister.Draft(
                code,
                name,
                kind,
                region.code(),
                base.id(),
                null,
                null,
                null,
                count,
                count,
                speed,
                fixed,
                duty,
                icuVent,
                icu,
                ward,
                seats);
    }
}
