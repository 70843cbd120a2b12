package se.nspl.distribution;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.nspl.DemoMode;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.Role;

/** In demo mode, on an empty register, the made-up fleet of {@link DemoFleet}, through the register's own rules. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoTransportRegister implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTransportRegister.class);

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
        var fleet = DemoFleet.of(
                regions.all().stream()
                        .map(r -> new DemoFleet.Region(r.code(), r.name(), hospitals.inRegion(r.code())))
                        .toList(),
                2026);
        fleet.forEach(draft -> register.add(draft, actor));
        log.info("Demo mode: a made-up transport register of {} units", fleet.size());
    }
}
