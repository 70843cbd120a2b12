package se.nspl.picture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReportAccepted;
import se.nspl.organisation.ReportingUnit;
import se.nspl.shared.CareLevel;

/** The picture's view of every unit's current figures (table {@code picture_unit_level}). */
@Repository
class UnitStates {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    UnitStates(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    Map<UUID, UnitState> all() {
        record Row(UUID unit, Instant observedAt, CareLevel level, Figures figures) {}
        var rows = jdbc.sql("select * from picture_unit_level")
                .query((rs, n) -> new Row(
                        rs.getObject("unit_id", UUID.class),
                        rs.getTimestamp("observed_at").toInstant(),
                        CareLevel.valueOf(rs.getString("level")),
                        new Figures(
                                rs.getInt("staffed"),
                                rs.getInt("occupied"),
                                rs.getInt("surge_24h"),
                                rs.getInt("reserve_7d"))))
                .list();
        var levels = new HashMap<UUID, Map<CareLevel, Figures>>();
        var observed = new HashMap<UUID, Instant>();
        for (var row : rows) {
            levels.computeIfAbsent(row.unit(), u -> new EnumMap<>(CareLevel.class))
                    .put(row.level(), row.figures());
            observed.put(row.unit(), row.observedAt());
        }
        var states = new HashMap<UUID, UnitState>();
        levels.forEach((unit, figures) -> states.put(unit, new UnitState(unit, observed.get(unit), figures)));
        return states;
    }

    /** When the latest report in the view was received (the epoch for an empty view). */
    Instant latestReceipt() {
        return jdbc.sql("select max(received_at) from picture_unit_level").query(rs -> {
            rs.next();
            var latest = rs.getTimestamp(1);
            return latest == null ? Instant.EPOCH : latest.toInstant();
        });
    }

    /** Waits for any other transaction changing this unit's state, until this one ends. */
    void lock(UUID unit) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7))")
                .param(unit.toString())
                .query(Object.class)
                .list();
    }

    /**
     * Makes each accepted report, in order, the unit's state unless the view has a more recent one
     * (by observation, then receipt): its figures replace the unit's, level by level, and levels an
     * older report had but this one lacks go. One statement a report, sent as one batch; row locks
     * order concurrent reports.
     */
    void upsertUnlessOlder(List<StatusReportAccepted> accepted) {
        batches.batchUpdate(
                UPSERT_UNLESS_OLDER,
                accepted.stream().map(UnitStates::upsertParameters).toList());
    }

    private static final String UPSERT_UNLESS_OLDER = """
                        with upserted as (
                            insert into picture_unit_level as p (unit_id, level, region_code, hospital_id, report_id,
                                observed_at, received_at, staffed, occupied, surge_24h, reserve_7d)
                            select ?, l.level, ?, ?, ?, ?, ?, l.staffed, l.occupied, l.surge, l.reserve
                            from unnest(?::text[], ?::int[], ?::int[], ?::int[], ?::int[])
                                as l (level, staffed, occupied, surge, reserve)
                            where not exists (select 1 from picture_unit_level n
                                              where n.unit_id = ? and (n.observed_at, n.received_at) > (?, ?))
                            on conflict (unit_id, level) do update set
                                region_code = excluded.region_code, hospital_id = excluded.hospital_id,
                                report_id = excluded.report_id, observed_at = excluded.observed_at,
                                received_at = excluded.received_at, staffed = excluded.staffed,
                                occupied = excluded.occupied, surge_24h = excluded.surge_24h,
                                reserve_7d = excluded.reserve_7d
                            where (p.observed_at, p.received_at) <= (excluded.observed_at, excluded.received_at)
                            returning 1)
                        delete from picture_unit_level
                        where unit_id = ? and (observed_at, received_at) < (?, ?) and level <> all(?::text[])""";

    private static Object[] upsertParameters(StatusReportAccepted report) {
        var levels = List.copyOf(report.levels().entrySet());
        var observed = Timestamp.from(report.observedAt());
        var received = Timestamp.from(report.receivedAt());
        String[] names = levels.stream().map(e -> e.getKey().name()).toArray(String[]::new);
        return new Object[] {
            report.unitId(),
            report.region().value(),
            report.hospitalId(),
            report.reportId(),
            observed,
            received,
            names,
            levels.stream().map(e -> e.getValue().staffed()).toArray(Integer[]::new),
            levels.stream().map(e -> e.getValue().occupied()).toArray(Integer[]::new),
            levels.stream().map(e -> e.getValue().surge24h()).toArray(Integer[]::new),
            levels.stream().map(e -> e.getValue().reserve7d()).toArray(Integer[]::new),
            report.unitId(),
            observed,
            received,
            report.unitId(),
            observed,
            received,
            names
        };
    }

    /** Makes the report the unit's state, whatever the view had. Call under {@link #lock}. */
    void replace(ReportingUnit unit, StatusReport report) {
        jdbc.sql("delete from picture_unit_level where unit_id = ?")
                .param(unit.id())
                .update();
        insert(unit, report);
    }

    void replaceAll(List<ReportingUnit> units, List<StatusReport> reports) {
        jdbc.sql("delete from picture_unit_level").update();
        var byId = new HashMap<UUID, ReportingUnit>();
        units.forEach(u -> byId.put(u.id(), u));
        reports.stream().filter(r -> byId.containsKey(r.unitId())).forEach(r -> insert(byId.get(r.unitId()), r));
    }

    private void insert(ReportingUnit unit, StatusReport report) {
        var levels = List.copyOf(report.status().levels().entrySet());
        jdbc.sql("""
                        insert into picture_unit_level (unit_id, level, region_code, hospital_id, report_id, observed_at,
                            received_at, staffed, occupied, surge_24h, reserve_7d)
                        select ?, l.level, ?, ?, ?, ?, ?, l.staffed, l.occupied, l.surge, l.reserve
                        from unnest(?::text[], ?::int[], ?::int[], ?::int[], ?::int[])
                            as l (level, staffed, occupied, surge, reserve)""")
                .params(
                        unit.id(),
                        unit.region().value(),
                        unit.hospitalId(),
                        report.id(),
                        Timestamp.from(report.status().observedAt()),
                        Timestamp.from(report.receivedAt()),
                        levels.stream().map(e -> e.getKey().name()).toArray(String[]::new),
                        levels.stream().map(e -> e.getValue().staffed()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().occupied()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().surge24h()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().reserve7d()).toArray(Integer[]::new))
                .update();
    }
}
