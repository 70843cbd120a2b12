package se.nspl.picture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReportAccepted;
import se.nspl.organisation.ReportingUnit;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/** The picture's view of every unit's current figures (table {@code picture_unit_level}). */
@Repository
class UnitStates {

    private final JdbcClient jdbc;

    UnitStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Waits for any other transaction changing this unit's state, until this one ends. */
    void lock(UUID unit) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7))")
                .param(unit.toString())
                .query(Object.class)
                .list();
    }

    /**
     * Makes the accepted report the unit's state if it is at least as recent, by observation and
     * then receipt, as the one the view has: a unit's current report. Returns whether it did.
     * Call under {@link #lock}.
     */
    boolean replaceIfNotOlder(StatusReportAccepted report) {
        var observed = Timestamp.from(report.observedAt());
        var received = Timestamp.from(report.receivedAt());
        jdbc.sql("delete from picture_unit_level where unit_id = ? and (observed_at, received_at) <= (?, ?)")
                .params(report.unitId(), observed, received)
                .update();
        return insert(
                        report.unitId(),
                        report.region(),
                        report.hospitalId(),
                        report.reportId(),
                        report.observedAt(),
                        report.receivedAt(),
                        report.levels())
                > 0;
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
        insert(
                unit.id(),
                unit.region(),
                unit.hospitalId(),
                report.id(),
                report.status().observedAt(),
                report.receivedAt(),
                report.status().levels());
    }

    /** Inserts the unit's figures unless the view has the unit already (a more recent report). */
    private int insert(
            UUID unit,
            RegionCode region,
            UUID hospital,
            UUID report,
            Instant observedAt,
            Instant receivedAt,
            Map<CareLevel, LevelFigures> figures) {
        var levels = List.copyOf(figures.entrySet());
        return jdbc.sql("""
                        insert into picture_unit_level (unit_id, level, region_code, hospital_id, report_id, observed_at,
                            received_at, staffed, occupied, surge_24h, reserve_7d)
                        select ?, l.level, ?, ?, ?, ?, ?, l.staffed, l.occupied, l.surge, l.reserve
                        from unnest(?::text[], ?::int[], ?::int[], ?::int[], ?::int[])
                            as l (level, staffed, occupied, surge, reserve)
                        where not exists (select 1 from picture_unit_level where unit_id = ?)""")
                .params(
                        unit,
                        region.value(),
                        hospital,
                        report,
                        Timestamp.from(observedAt),
                        Timestamp.from(receivedAt),
                        levels.stream().map(e -> e.getKey().name()).toArray(String[]::new),
                        levels.stream().map(e -> e.getValue().staffed()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().occupied()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().surge24h()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().reserve7d()).toArray(Integer[]::new),
                        unit)
                .update();
    }
}
