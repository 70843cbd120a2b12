package se.nspl.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.nspl.capacity.CapacityReporting;
import se.nspl.capacity.CapacityReporting.UploadedStatus;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.UnitStatus;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.CareLevel;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.RegionCode;

/**
 * The quick report's grid, as anyone may post it: one status per unit with figures, or each wrong cell named, or a
 * refusal when a cell names a unit the grid did not show. Without {@code JAZZER_FUZZ} this runs the seeds in
 * {@code QuickReportFuzzTestInputs/}; see docs/testing.md.
 */
class QuickReportFuzzTest {

    private static final RegionCode REGION = RegionCode.of("24");

    @FuzzTest(maxDuration = "60s")
    void readsTheFilledUnitsOrNamesEachWrongCell(FuzzedDataProvider data) {
        var rows = new ArrayList<QuickReport.Row>();
        for (int n = data.consumeInt(1, 3); n > 0; n--) {
            rows.add(row(data));
        }
        var cells = new HashSet<String>();
        rows.forEach(row -> row.levels()
                .forEach(level -> QuickReport.FIGURES.forEach(
                        figure -> cells.add(QuickReport.name(row.unit().id(), level, figure)))));
        var form = new LinkedHashMap<String, String>();
        for (int n = data.consumeInt(0, 10); n > 0; n--) {
            String name = switch (data.consumeInt(0, 3)) {
                case 0 ->
                    QuickReport.name(
                            new UUID(data.consumeLong(), data.consumeLong()),
                            data.pickValue(CareLevel.values()),
                            data.pickValue(QuickReport.FIGURES));
                case 1 -> data.consumeString(50);
                default -> data.pickValue(cells);
            };
            form.put(name, data.consumeBoolean() ? String.valueOf(data.consumeInt()) : data.consumeString(12));
        }

        List<UploadedStatus> statuses;
        try {
            statuses = QuickReport.read(rows, form);
        } catch (ForbiddenException e) {
            var shown = rows.stream().map(row -> row.unit().id().toString()).toList();
            assertThat(form.keySet()).anySatisfy(name -> {
                assertThat(name).matches("[0-9a-f-]{36}\\.[A-Z_]+\\.[a-z0-9]+");
                assertThat(shown).doesNotContain(name.substring(0, name.indexOf('.')));
            });
            return;
        } catch (InvalidInputException e) {
            assertThat(e.errors())
                    .isNotEmpty()
                    .allSatisfy(error -> assertThat(error.field()).isIn(union(cells, Set.of("form"))));
            return;
        }

        assertThat(statuses).isNotEmpty().allSatisfy(status -> {
            var row = rows.get(status.line() - 1);
            assertThat(status.unitId()).isEqualTo(row.unit().id());
            assertThat(row.levels()).containsAll(status.status().levels().keySet());
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static QuickReport.Row row(FuzzedDataProvider data) {
        var kind = data.pickValue(UnitKind.values());
        var unit = new ReportingUnit(
                new UUID(data.consumeLong(), data.consumeLong()),
                UUID.randomUUID(),
                REGION,
                "unit",
                kind,
                null,
                false,
                true,
                0,
                Instant.EPOCH);
        Optional<StatusReport> current = data.consumeBoolean() ? Optional.empty() : Optional.of(report(unit, data));
        return new QuickReport.Row(unit, "hospital", QuickReport.levelsOf(unit, current), current);
    }

    private static StatusReport report(ReportingUnit unit, FuzzedDataProvider data) {
        var levels = new EnumMap<CareLevel, LevelFigures>(CareLevel.class);
        for (var level : data.pickValues(
                CapacityReporting.levelsReportedBy(unit.kind()),
                data.consumeInt(
                        0, CapacityReporting.levelsReportedBy(unit.kind()).size()))) {
            levels.put(
                    level,
                    new LevelFigures(
                            data.consumeInt(0, 5000),
                            data.consumeInt(0, 5000),
                            data.consumeInt(0, 5000),
                            data.consumeInt(0, 5000)));
        }
        var status = new UnitStatus(Instant.EPOCH, levels, null, Set.of(), null, null, null, null, null, null);
        return new StatusReport(
                UUID.randomUUID(),
                unit.id(),
                REGION,
                status,
                Instant.EPOCH,
                "test",
                Optional.empty(),
                Optional.empty(),
                0,
                List.of());
    }
}
