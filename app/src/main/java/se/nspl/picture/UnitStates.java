package se.nspl.picture;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.capacity.LevelTexts;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReportAccepted;
import se.nspl.organisation.ReportingUnit;
import se.nspl.shared.CareLevel;
import se.nspl.shared.Micros;

/**
 * The picture's view of every unit's current figures (table {@code picture_unit}): a row per unit,
 * its care levels and their figures as arrays, the same position in each.
 */
@Repository
class UnitStates {

    private final JdbcClient jdbc;

    UnitStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, UnitState> all() {
        var states = new HashMap<UUID, UnitState>();
        jdbc.sql("select unit_id, observed_at, levels, staffed, occupied, surge_24h, reserve_7d from picture_unit")
                .query(rs -> {
                    var levels = (String[]) rs.getArray("levels").getArray();
                    var staffed = ints(rs.getArray("staffed"));
                    var occupied = ints(rs.getArray("occupied"));
                    var surge = ints(rs.getArray("surge_24h"));
                    var reserve = ints(rs.getArray("reserve_7d"));
                    var figures = new EnumMap<CareLevel, Figures>(CareLevel.class);
                    for (int i = 0; i < levels.length; i++) {
                        figures.put(
                                CareLevel.valueOf(levels[i]),
                                new Figures(staffed[i], occupied[i], surge[i], reserve[i]));
                    }
                    var unit = rs.getObject("unit_id", UUID.class);
                    states.put(
                            unit,
                            new UnitState(unit, rs.getTimestamp("observed_at").toInstant(), figures));
                });
        return states;
    }

    private static Integer[] ints(Array array) throws SQLException {
        return (Integer[]) array.getArray();
    }

    /** When the latest report in the view was received (the epoch for an empty view). */
    Instant latestReceipt() {
        return jdbc.sql("select max(received_at) from picture_unit").query(rs -> {
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
     * recent one, by observation, then receipt; its figures replace all of the unit's. One
     * statement for the whole list (an upload has thousands), locking the units' rows in the order
     * of their ids.
     */
    void upsertUnlessOlder(List<StatusReportAccepted> accepted) {
        var latest = new TreeMap<UUID, StatusReportAccepted>();
        for (var report : accepted) {
            latest.merge(report.unitId(), report, (held, next) -> RECENCY.compare(next, held) >= 0 ? next : held);
        }
        write(latest.values(), UNLESS_OLDER);
    }

    /** Later by observation, then by receipt. */
    private static final Comparator<StatusReportAccepted> RECENCY =
            Comparator.comparing(StatusReportAccepted::observedAt).thenComparing(StatusReportAccepted::receivedAt);

    private static final String UNLESS_OLDER =
            " where (p.observed_at, p.received_at) <= (excluded.observed_at, excluded.received_at)";

    /**
     * Writes the reports (one per unit, in the units' order) as their units' states: where a unit
     * has one, replaces it if {@code condition} holds.
     */
    private void write(Collection<StatusReportAccepted> reports, String condition) {
        int n = reports.size();
        var units = new UUID[n];
        var regions = new String[n];
        var reportIds = new UUID[n];
        var observed = new Long[n];
        var received = new Long[n];
        var figures = new LevelTexts(n);
        int i = 0;
        for (var report : reports) {
            units[i] = report.unitId();
            regions[i] = report.region().value();
            reportIds[i] = report.reportId();
            observed[i] = Micros.since1970(report.observedAt());
            received[i] = Micros.since1970(report.receivedAt());
            figures.set(i, report.levels());
            i++;
        }
        var parameters = new ArrayList<Object>(List.of(units, regions, reportIds, observed, received));
        parameters.addAll(figures.columns());
        jdbc.sql("""
                        insert into picture_unit as p (unit_id, region_code, report_id, observed_at, received_at,
                            levels, staffed, occupied, surge_24h, reserve_7d)
                        select r.unit_id, r.region_code, r.report_id,
                            timestamptz 'epoch' + r.observed * interval '1 microsecond',
                            timestamptz 'epoch' + r.received * interval '1 microsecond',
                            string_to_array(r.levels, ','), string_to_array(r.staffed, ',')::int[],
                            string_to_array(r.occupied, ',')::int[], string_to_array(r.surge, ',')::int[],
                            string_to_array(r.reserve, ',')::int[]
                        from unnest(?::uuid[], ?::text[], ?::uuid[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
                                ?::text[], ?::text[], ?::text[])
                            as r (unit_id, region_code, report_id, observed, received, levels, staffed, occupied,
                                surge, reserve)
                        on conflict (unit_id) do update set
                            region_code = excluded.region_code, report_id = excluded.report_id, observed_at = excluded.observed_at,
                            received_at = excluded.received_at, levels = excluded.levels, staffed = excluded.staffed,
                            occupied = excluded.occupied, surge_24h = excluded.surge_24h,
                            reserve_7d = excluded.reserve_7d""" + condition).params(parameters).update();
    }

    /** Makes the report the unit's state, whatever the view had. Call under {@link #lock}. */
    void replace(ReportingUnit unit, StatusReport report) {
        write(List.of(accepted(unit, report)), "");
    }

    /** Makes the view the units' current reports, and nothing else (the reports of other units are left out). */
    void replaceAll(List<ReportingUnit> units, List<StatusReport> reports) {
        jdbc.sql("delete from picture_unit").update();
        var byId = new HashMap<UUID, ReportingUnit>();
        units.forEach(u -> byId.put(u.id(), u));
        var states = new TreeMap<UUID, StatusReportAccepted>();
        reports.stream()
                .filter(r -> byId.containsKey(r.unitId()))
                .forEach(r -> states.put(r.unitId(), accepted(byId.get(r.unitId()), r)));
        if (!states.isEmpty()) {
            write(states.values(), "");
        }
    }

    private static StatusReportAccepted accepted(ReportingUnit unit, StatusReport report) {
        return new StatusReportAccepted(
                report.id(),
                unit.id(),
                unit.hospitalId(),
                unit.region(),
                report.status().observedAt(),
                report.receivedAt(),
                report.status().levels(),
                Optional.empty());
    }
}
