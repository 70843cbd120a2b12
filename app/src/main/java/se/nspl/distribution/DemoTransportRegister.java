package se.nspl.distribution;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.nspl.DemoMode;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * In demo mode, on an empty register, a plausible fleet per region, as the engine's problem generator has it
 * ({@code ProblemGenerator}): road ambulances (as many as the region's hospitals, at least 2, plus 0–2), 1–2
 * intensive-care ambulances, a helicopter in every northern region and half of the others, a stretcher bus in half
 * of the regions, all based at the region's university hospital (else its first); and the national air ambulance:
 * two jets each at Umeå, Arlanda and Landvetter and SNAM at Arlanda. Made up, seeded: no region's real fleet.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoTransportRegister implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTransportRegister.class);
    private static final double NORTH_LATITUDE = 61.5;

    private final DemoMode demoMode;
    private final TransportUnits units;
    private final TransportRegister register;
    private final Regions regions;
    private final Hospitals hospitals;

    DemoTransportRegister(
            DemoMode demoMode, TransportUnits units, TransportRegister register, Regions regions, Hospitals hospitals) {
        this.demoMode = demoMode;
        this.units = units;
        this.register = register;
        this.regions = regions;
        this.hospitals = hospitals;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || units.count() > 0) {
            return;
        }
        var actor = new Actor(
                UUID.nameUUIDFromBytes("demo-transport".getBytes(StandardCharsets.UTF_8)),
                "demo-data",
                Role.NATIONAL_COORDINATOR,
                Optional.empty(),
                Set.of());
        var random = new Random(2026);
        int added = 0;
        for (var region : regions.all()) {
            List<Hospital> sites = hospitals.inRegion(region.code());
            if (sites.isEmpty()) {
                continue;
            }
            Hospital base = sites.stream()
                    .sorted(Comparator.comparing((Hospital h) -> !h.university()))
                    .findFirst()
                    .orElseThrow();
            String rr = region.code().value();
            int ambulances = Math.max(2, sites.size()) + random.nextInt(3);
            add(
                    actor,
                    "amb-" + rr,
                    "Ambulanser " + region.name(),
                    TransportKind.ROAD_AMBULANCE,
                    region.code(),
                    base,
                    ambulances,
                    80,
                    40,
                    720,
                    0,
                    1,
                    1,
                    1);
            add(
                    actor,
                    "iva-amb-" + rr,
                    "IVA-ambulans " + region.name(),
                    TransportKind.ICU_AMBULANCE,
                    region.code(),
                    base,
                    1 + random.nextInt(2),
                    80,
                    60,
                    720,
                    1,
                    1,
                    1,
                    1);
            added += 2;
            if (random.nextDouble() < 0.5 || base.lat() >= NORTH_LATITUDE) {
                add(
                        actor,
                        "heli-" + rr,
                        "Ambulanshelikopter " + region.name(),
                        TransportKind.HELICOPTER,
                        region.code(),
                        base,
                        1,
                        230,
                        30,
                        600,
                        1,
                        1,
                        1,
                        1);
                added++;
            }
            if (random.nextDouble() < 0.5) {
                add(
                        actor,
                        "bus-" + rr,
                        "Liggbuss " + region.name(),
                        TransportKind.STRETCHER_BUS,
                        region.code(),
                        base,
                        1,
                        70,
                        60,
                        720,
                        0,
                        0,
                        10,
                        10);
                added++;
            }
        }
        jet(actor, "jet-umea", "Umeå airport", 63.7918, 20.2828);
        jet(actor, "jet-arlanda", "Stockholm Arlanda", 59.6519, 17.9186);
        jet(actor, "jet-landvetter", "Göteborg Landvetter", 57.6628, 12.2798);
        register.add(
                new TransportRegister.Draft(
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
                        36),
                actor);
        log.info("Demo mode: a made-up transport register of {} units", added + 4);
    }

    private void jet(Actor actor, String code, String airport, double lat, double lon) {
        register.add(
                new TransportRegister.Draft(
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
                        3),
                actor);
    }

    private void add(
            Actor actor,
            String code,
            String name,
            TransportKind kind,
            @Nullable RegionCode region,
            Hospital base,
            int count,
            double speed,
            double fixed,
            double duty,
            int icuVent,
            int icu,
            int ward,
            int seats) {
        register.add(
                new TransportRegister.Draft(
                        code, name, kind, region, base.id(), null, null, null, count, count, speed, fixed, duty,
                        icuVent, icu, ward, seats),
                actor);
    }
}
