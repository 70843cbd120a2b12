package se.nspl.picture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.capacity.LevelColumns;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReportAccepted;
import se.nspl.organisation.ReportingUnit;
import se.nspl.shared.CareLevel;

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
     * Makes the accepted reports the units' states, as if one after another in the order given:
     * a report becomes its unit's state unless the view (or a later one of the list) has a more
     * recent one, by observation, then receipt. Its figures replace the unit's, level by level,
     * and levels an older report had but this one lacks go. One statement for the whole list (an
     * upload has thousands), locking the units' rows in the order of their ids.
     */
    void upsertUnlessOlder(List<StatusReportAccepted> accepted) {
        var latest = new TreeMap<UUID, StatusReportAccepted>();
        for (var report : accepted) {
            latest.merge(report.unitId(), report, (held, next) -> RECENCY.compare(next, held) >= 0 ? next : held);
        }
        int n = latest.size();
        var units = new UUID[n];
        var regions = new String[n];
        var hospitals = new UUID[n];
        var reportIds = new UUID[n];
        var observed = new String[n];
        var received = new String[n];
        var levelsOf = new String[n];
        var figures = new LevelColumns<Integer>();
        int i = 0;
        for (var report : latest.values()) {
            units[i] = report.unitId();
            regions[i] = report.region().value();
            hospitals[i] = report.hospitalId();
            reportIds[i] = report.reportId();
            observed[i] = report.observedAt().toString();
            received[i] = report.receivedAt().toString();
            levelsOf[i] = report.levels().keySet().stream().map(Enum::name).collect(Collectors.joining(","));
            figures.add(++i, report.levels()); // the report's ordinality in the statement
        }
        var parameters =
                new ArrayList<Object>(List.of(units, regions, hospitals, reportIds, observed, received, levelsOf));
        parameters.addAll(figures.arrays(Integer[]::new));
        jdbc.sql(UPSERT_UNLESS_OLDER).params(parameters).update();
    }

    /** Later by observation, then by receipt. */
    private static final Comparator<StatusReportAccepted> RECENCY =
            Comparator.comparing(StatusReportAccepted::observedAt).thenComparing(StatusReportAccepted::receivedAt);

    private static final String UPSERT_UNLESS_OLDER = """
                        with r as (
                            select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[],
                                    ?::text[]::timestamptz[], ?::text[]::timestamptz[], ?::text[])
                                with ordinality as r (unit_id, region_code, hospital_id, report_id, observed_at,
                                    received_at, levels, n)),
                        l as (
                            select * from unnest(?::int[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[])
                                as l (n, level, staffed, occupied, surge, reserve)),
                        fresh as (
                            select r.* from r
                            where not exists (select 1 from picture_unit_level v
                                              where v.unit_id = r.unit_id
                                                  and (v.observed_at, v.received_at) > (r.observed_at, r.received_at))),
                        upserted as (
                            insert into picture_unit_level as p (unit_id, level, region_code, hospital_id, report_id,
                                observed_at, received_at, staffed, occupied, surge_24h, reserve_7d)
                            select f.unit_id, l.level, f.region_code, f.hospital_id, f.report_id, f.observed_at,
                                f.received_at, l.staffed, l.occupied, l.surge, l.reserve
                            from fresh f join l on l.n = f.n
                            order by f.unit_id, l.level
                            on conflict (unit_id, level) do update set
                                region_code = excluded.region_code, hospital_id = excluded.hospital_id,
                                report_id = excluded.report_id, observed_at = excluded.observed_at,
                                received_at = excluded.received_at, staffed = excluded.staffed,
                                occupied = excluded.occupied, surge_24h = excluded.surge_24h,
                                reserve_7d = excluded.reserve_7d
                            where (p.observed_at, p.received_at) <= (excluded.observed_at, excluded.received_at)
                            returning 1)
                        delete from picture_unit_level v
                        using fresh f
                        where v.unit_id = f.unit_id and (v.observed_at, v.received_at) < (f.observed_at, f.received_at)
                            and v.level <> all(string_to_array(f.levels, ','))""";

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
