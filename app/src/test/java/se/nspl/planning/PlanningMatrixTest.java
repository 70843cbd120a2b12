package se.nspl.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.shared.RegionCode;

/** The matrix's cells and the overdue rule, without Spring. */
class PlanningMatrixTest {

    static final LocalDate TODAY = LocalDate.parse("2026-05-10");
    static final RegionCode VASTERBOTTEN = new RegionCode("24");

    static PlanningItem item(PlanningArea area, RegionCode region, PlanningStatus status, String dueOn) {
        return new PlanningItem(
                UUID.randomUUID(),
                area,
                region,
                "Post",
                null,
                "Ägare",
                "Region",
                status,
                LocalDate.parse(dueOn),
                List.of(),
                0,
                Instant.EPOCH,
                "t",
                Instant.EPOCH,
                "t");
    }

    @Test
    void anItemIsOverdueTheDayAfterItsDueDateUnlessItIsDone() {
        assertThat(item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.IN_PROGRESS, "2026-05-10")
                        .overdueOn(TODAY))
                .isFalse();
        assertThat(item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.IN_PROGRESS, "2026-05-09")
                        .overdueOn(TODAY))
                .isTrue();
        assertThat(item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.AT_RISK, "2026-05-09")
                        .overdueOn(TODAY))
                .isTrue();
        assertThat(item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.DONE, "2026-01-01")
                        .overdueOn(TODAY))
                .isFalse();
    }

    @Test
    void anItemStandsAtRiskBeforeOverdueAndOverdueBeforeItsStatus() {
        assertThat(Standing.of(PlanningStatus.AT_RISK, LocalDate.parse("2026-01-01"), TODAY))
                .isEqualTo(Standing.AT_RISK);
        assertThat(Standing.of(PlanningStatus.IN_PROGRESS, LocalDate.parse("2026-01-01"), TODAY))
                .isEqualTo(Standing.OVERDUE);
        assertThat(Standing.of(PlanningStatus.NOT_STARTED, LocalDate.parse("2026-12-01"), TODAY))
                .isEqualTo(Standing.NOT_STARTED);
        assertThat(Standing.of(PlanningStatus.DONE, LocalDate.parse("2026-01-01"), TODAY))
                .isEqualTo(Standing.DONE);
    }

    @Test
    void aCellShowsTheWorstStandingOfItsItemsWithTheCounts() {
        var items = List.of(
                item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.DONE, "2026-01-01"),
                item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.IN_PROGRESS, "2026-05-01"),
                item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.NOT_STARTED, "2026-06-01"),
                item(PlanningArea.TRANSPORT, VASTERBOTTEN, PlanningStatus.IN_PROGRESS, "2026-06-01"),
                item(PlanningArea.TRANSPORT, VASTERBOTTEN, PlanningStatus.DONE, "2026-06-01"),
                item(PlanningArea.STAFF, VASTERBOTTEN, PlanningStatus.NOT_STARTED, "2026-06-01"),
                item(PlanningArea.STAFF, VASTERBOTTEN, PlanningStatus.AT_RISK, "2026-06-01"),
                item(PlanningArea.STAFF, VASTERBOTTEN, PlanningStatus.IN_PROGRESS, "2026-04-01"));

        var matrix =
                PlanningMatrix.of(items, List.of(new PlanningMatrix.Party(VASTERBOTTEN, "Region Västerbotten")), TODAY);
        var row = matrix.rows().get(0);

        assertThat(row.cells()).hasSize(PlanningArea.values().length);
        var beds = cell(row, PlanningArea.BEDS);
        assertThat(beds.standing()).isEqualTo(Standing.OVERDUE);
        assertThat(beds.items()).isEqualTo(3);
        assertThat(beds.overdue()).isEqualTo(1);
        assertThat(cell(row, PlanningArea.TRANSPORT).standing()).isEqualTo(Standing.IN_PROGRESS);
        assertThat(cell(row, PlanningArea.STAFF).standing()).isEqualTo(Standing.AT_RISK);
        assertThat(cell(row, PlanningArea.STAFF).overdue()).isEqualTo(1);
        assertThat(cell(row, PlanningArea.SUPPLIES).empty()).isTrue();
        assertThat(cell(row, PlanningArea.SUPPLIES).standing()).isNull();
        assertThat(row.items()).isEqualTo(8);
    }

    @Test
    void notStartedRanksAboveInProgress() {
        var cell = PlanningMatrix.cell(
                PlanningArea.BEDS,
                List.of(
                        item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.IN_PROGRESS, "2026-06-01"),
                        item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.NOT_STARTED, "2026-06-01")),
                TODAY);
        assertThat(cell.standing()).isEqualTo(Standing.NOT_STARTED);
    }

    @Test
    void nationalItemsFillTheNationalRowOnly() {
        var items = List.of(item(PlanningArea.SUPPLIES, null, PlanningStatus.IN_PROGRESS, "2026-06-01"));
        var matrix = PlanningMatrix.of(
                items,
                List.of(
                        new PlanningMatrix.Party(null, "Nationellt"),
                        new PlanningMatrix.Party(VASTERBOTTEN, "Region Västerbotten")),
                TODAY);
        assertThat(cell(matrix.rows().get(0), PlanningArea.SUPPLIES).items()).isEqualTo(1);
        assertThat(cell(matrix.rows().get(1), PlanningArea.SUPPLIES).items()).isZero();
        assertThat(matrix.rows().get(0).party().key()).isEqualTo("national");
    }

    @Test
    void theFilterLetsThroughRegionAreaStatusAndOverdue() {
        var overdue = item(PlanningArea.BEDS, VASTERBOTTEN, PlanningStatus.IN_PROGRESS, "2026-05-01");
        var national = item(PlanningArea.BEDS, null, PlanningStatus.IN_PROGRESS, "2026-06-01");
        assertThat(new PlanningFilter("24", PlanningArea.BEDS, null, true)
                        .on(TODAY)
                        .test(overdue))
                .isTrue();
        assertThat(new PlanningFilter("24", null, null, false).on(TODAY).test(national))
                .isFalse();
        assertThat(new PlanningFilter("national", null, null, false).on(TODAY).test(national))
                .isTrue();
        assertThat(new PlanningFilter(null, null, PlanningStatus.DONE, false)
                        .on(TODAY)
                        .test(overdue))
                .isFalse();
        assertThat(new PlanningFilter(null, null, null, true).on(TODAY).test(national))
                .isFalse();
    }

    private static PlanningMatrix.Cell cell(PlanningMatrix.Row row, PlanningArea area) {
        return row.cells().stream().filter(c -> c.area() == area).findFirst().orElseThrow();
    }
}
