package se.nspl.capacity.edxl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.nspl.capacity.CapacityReporting;
import se.nspl.capacity.CapacityReporting.UploadedStatus;
import se.nspl.capacity.EdStatus;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.OperationalStatus;
import se.nspl.capacity.Restriction;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.UnitStatus;
import se.nspl.capacity.edxl.HaveExport.HospitalCapacity;
import se.nspl.capacity.edxl.HaveExport.UnitCapacity;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.RegionCode;

/**
 * EDXL-HAVE documents come from hospital systems: whatever their bytes, the reader gives the hospitals or names each
 * wrong element with its line; and what NSPL exports reads back to the same figures. Without {@code JAZZER_FUZZ} these
 * run the seeds in {@code HospitalStatusDocumentFuzzTestInputs/}; see docs/testing.md.
 */
class HospitalStatusDocumentFuzzTest {

    private static final RegionCode REGION = RegionCode.of("24");

    @FuzzTest(maxDuration = "60s")
    void readsTheHospitalsOrNamesEachWrongElementWithItsLine(byte[] xml) {
        HospitalStatusDocument document;
        try {
            document = HospitalStatusDocument.read(new ByteArrayInputStream(xml));
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.field()).isNotBlank();
                assertThat(error.message()).matches("(?s)line \\d+: .+");
            });
            return;
        }

        assertThat(document.hospitals())
                .isNotEmpty()
                .allSatisfy(hospital -> assertThat(hospital.beds()).isNotEmpty());
    }

    @FuzzTest(maxDuration = "60s")
    void readsBackTheFiguresItExported(FuzzedDataProvider data) {
        var hospitals = new ArrayList<HospitalCapacity>();
        var units = new LinkedHashMap<UUID, List<ReportingUnit>>();
        var reports = new LinkedHashMap<UUID, StatusReport>();
        for (int h = data.consumeInt(1, 2); h > 0; h--) {
            var hospital = new Hospital(
                    new UUID(data.consumeLong(), h),
                    "x",
                    data.consumeString(30),
                    REGION,
                    "Umeå",
                    63.8,
                    20.3,
                    false,
                    "test",
                    0,
                    Instant.EPOCH);
            var capacities = new ArrayList<UnitCapacity>();
            for (int u = data.consumeInt(1, 3); u > 0; u--) {
                var unit = unit(hospital, u, data);
                var report = report(unit, data);
                capacities.add(new UnitCapacity(unit, report));
                units.computeIfAbsent(hospital.id(), id -> new ArrayList<>()).add(unit);
                reports.put(unit.id(), report);
            }
            hospitals.add(new HospitalCapacity(hospital, capacities));
        }
        var out = new ByteArrayOutputStream();
        HaveExport.write(hospitals, out);

        var imported = HaveImport.read(new ByteArrayInputStream(out.toByteArray()), new HaveImport.Lookup() {
            @Override
            public Optional<Hospital> hospital(UUID id) {
                return hospitals.stream()
                        .map(HospitalCapacity::hospital)
                        .filter(h -> h.id().equals(id))
                        .findFirst();
            }

            @Override
            public List<ReportingUnit> unitsAt(UUID hospital) {
                return units.getOrDefault(hospital, List.of());
            }

            @Override
            public Optional<StatusReport> current(UUID unit) {
                return Optional.ofNullable(reports.get(unit));
            }
        });

        assertThat(imported.statuses())
                .extracting(UploadedStatus::unitId)
                .containsExactlyInAnyOrderElementsOf(reports.keySet());
        for (var status : imported.statuses()) {
            var exported = reports.get(status.unitId()).status();
            assertThat(status.status().levels()).isEqualTo(exported.levels());
            assertThat(status.status().observedAt())
                    .isAfterOrEqualTo(exported.observedAt().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** A unit of the hospital; ids are told apart by their numbers, whatever the fuzzer gives. */
    private static ReportingUnit unit(Hospital hospital, int number, FuzzedDataProvider data) {
        return new ReportingUnit(
                new UUID(data.consumeLong(), hospital.id().getLeastSignificantBits() * 8 + number),
                hospital.id(),
                REGION,
                data.consumeString(20),
                data.pickValue(UnitKind.values()),
                null,
                false,
                true,
                0,
                Instant.EPOCH);
    }

    /** A report as the rules accept it: figures from 0 to 5000, at least one level of the unit's kind. */
    private static StatusReport report(ReportingUnit unit, FuzzedDataProvider data) {
        var kindsLevels = List.copyOf(CapacityReporting.levelsReportedBy(unit.kind()));
        var levels = new EnumMap<se.nspl.shared.CareLevel, LevelFigures>(se.nspl.shared.CareLevel.class);
        for (var level : data.pickValues(kindsLevels, data.consumeInt(1, kindsLevels.size()))) {
            levels.put(
                    level,
                    new LevelFigures(
                            data.consumeInt(0, 5000),
                            data.consumeInt(0, 5000),
                            data.consumeInt(0, 5000),
                            data.consumeInt(0, 5000)));
        }
        var restrictions = EnumSet.noneOf(Restriction.class);
        restrictions.addAll(data.pickValues(Restriction.values(), data.consumeInt(0, Restriction.values().length)));
        var status = new UnitStatus(
                Instant.ofEpochSecond(data.consumeLong(0, 4_102_444_800L), data.consumeInt(0, 999_999_999)),
                levels,
                data.pickValue(OperationalStatus.values()),
                restrictions,
                data.consumeBoolean() ? null : data.pickValue(EdStatus.values()),
                null,
                null,
                null,
                null,
                null);
        return new StatusReport(
                UUID.randomUUID(),
                unit.id(),
                REGION,
                status,
                status.observedAt(),
                "test",
                Optional.empty(),
                Optional.empty(),
                0,
                List.of());
    }
}
