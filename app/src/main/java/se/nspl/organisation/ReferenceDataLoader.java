package se.nspl.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.shared.Csv;
import se.nspl.shared.RegionCode;

/**
 * Fills an empty registry from {@code reference-data/} (see its SOURCES.md). Runs before anything
 * that refers to regions, such as the demo accounts. Never overwrites: once loaded, the database
 * is the truth and regions keep their own entries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final Regions regions;
    private final Organisations organisations;
    private final Hospitals hospitals;
    private final ReportingUnits units;
    private final Clock clock;

    ReferenceDataLoader(
            Regions regions, Organisations organisations, Hospitals hospitals, ReportingUnits units, Clock clock) {
        this.regions = regions;
        this.organisations = organisations;
        this.hospitals = hospitals;
        this.units = units;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.count() == 0) {
            read("regions.csv").forEach(row -> regions.add(region(row)));
            read("organisations.csv").forEach(row -> organisations.add(organisation(row)));
            log.info(
                    "Loaded {} regions and {} organisations",
                    regions.count(),
                    organisations.all().size());
        }
        if (hospitals.count() == 0) {
            var hospitalIds = new HashMap<String, Hospital>();
            for (var row : read("hospitals.csv")) {
                var hospital = hospital(row);
                hospitals.add(hospital);
                hospitalIds.put(hospital.slug(), hospital);
            }
            for (var row : read("units.csv")) {
                units.add(unit(row, hospitalIds), emptyToNull(row.get("source")));
            }
            log.info("Loaded {} hospitals with {} reporting units", hospitals.count(), units.count());
        }
    }

    private static Region region(Map<String, String> row) {
        return new Region(
                RegionCode.of(row.get("code")),
                row.get("name"),
                row.get("seat"),
                new Population(
                        Integer.parseInt(row.get("population")),
                        LocalDate.parse(row.get("population_date")),
                        row.get("source")),
                Integer.valueOf(row.get("area_km2")),
                Double.parseDouble(row.get("lat")),
                Double.parseDouble(row.get("lon")),
                ParticipationDecision.pending(),
                0);
    }

    private static Organisation organisation(Map<String, String> row) {
        return new Organisation(
                UUID.randomUUID(),
                OrganisationKind.valueOf(row.get("kind")),
                row.get("short_name"),
                row.get("name"),
                row.get("description"),
                Optional.ofNullable(emptyToNull(row.get("host_region"))).map(RegionCode::of));
    }

    private Hospital hospital(Map<String, String> row) {
        return new Hospital(
                UUID.randomUUID(),
                row.get("slug"),
                row.get("name"),
                RegionCode.of(row.get("region_code")),
                row.get("city"),
                Double.parseDouble(row.get("lat")),
                Double.parseDouble(row.get("lon")),
                Boolean.parseBoolean(row.get("university")),
                row.get("source"),
                0,
                clock.instant());
    }

    private ReportingUnit unit(Map<String, String> row, Map<String, Hospital> hospitalsBySlug) {
        var hospital = hospitalsBySlug.get(row.get("hospital_slug"));
        if (hospital == null) {
            throw new IllegalStateException("units.csv names an unknown hospital: " + row.get("hospital_slug"));
        }
        String beds = emptyToNull(row.get("reference_beds"));
        return new ReportingUnit(
                UUID.randomUUID(),
                hospital.id(),
                hospital.region(),
                row.get("name"),
                UnitKind.valueOf(row.get("kind")),
                beds == null ? null : Integer.valueOf(beds),
                Boolean.parseBoolean(row.get("reference_beds_is_estimate")),
                true,
                0,
                clock.instant());
    }

    private static List<Map<String, String>> read(String file) {
        try (InputStream in = new ClassPathResource("reference-data/" + file).getInputStream()) {
            return Csv.read(in).rows().stream().map(Csv.Row::fields).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
