package se.nspl.capacity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.shared.CareLevel;
import se.nspl.shared.Micros;
import se.nspl.shared.RegionCode;
import se.nspl.shared.StaleVersionException;

/**
 * Every status report of every unit, corrections included. A report's figures are part of its row:
 * the care levels and each figure as arrays, the same position in each (V20).
 */
@Repository
public class StatusReports {

    private final JdbcClient jdbc;

    StatusReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's current state: its latest report that no correction replaced. */
    public Optional<StatusReport> current(UUID unit) {
        return select("where unit_id = ? and superseded_by is null", NEWEST_FIRST, 1, unit).stream()
                .findFirst();
    }

    /**
     * The figures per care level of each unit's current report, by unit (units without a report left
     * out): what an upload's plausibility warnings compare with. One statement for many units, one
     * index probe per unit however long its history.
     */
    Map<UUID, Map<CareLevel, LevelFigures>> currentLevelsOf(Collection<UUID> units) {
        var levels = new HashMap<UUID, Map<CareLevel, LevelFigures>>();
        jdbc.sql("""
                        select u.id, s.levels, s.staffed, s.occupied, s.surge_24h, s.reserve_7d
                        from unnest(?::uuid[]) as u (id)
                        cross join lateral (
                            select levels, staffed, occupied, surge_24h, reserve_7d from status_report
                            where unit_id = u.id and superseded_by is null
                            order by observed_at desc, received_at desc limit 1) s""").param(units.toArray(UUID[]::new)).query(rs -> {
            levels.put(rs.getObject("id", UUID.class), levels(rs));
        });
        return levels;
    }

    /**
     * Every unit's current state: for rebuilding a view of them all. One index probe per unit, so a
     * restart does not read, let alone sort, the whole history.
     */
    public List<StatusReport> currentOfEveryUnit() {
        return reports("""
                select s.* from reporting_unit u cross join lateral (
                    select * from status_report where unit_id = u.id and superseded_by is null
                    order by observed_at desc, received_at desc limit 1) s""");
    }

    /** Whether any report was ever stored. */
    public boolean any() {
        return jdbc.sql("select exists (select 1 from status_report)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Every unit's state as the register knew it at {@code time}: its latest report received and
     * observed by then that no correction received by then replaced. That is its latest current
     * report by then (one index probe per unit) or a report whose correction came only after
     * {@code time} (corrections are few): not a sort of the whole history.
     */
    public List<StatusReport> currentOfEveryUnitAt(Instant time) {
        var at = Timestamp.from(time);
        return reports("""
                select distinct on (unit_id) * from (
                    (select s.* from reporting_unit u cross join lateral (
                        select * from status_report
                        where unit_id = u.id and superseded_by is null and observed_at <= ? and received_at <= ?
                        order by observed_at desc, received_at desc limit 1) s)
                    union all
                    (select r.* from status_report r
                     where r.superseded_by is not null and r.observed_at <= ? and r.received_at <= ?
                       and (select c.received_at from status_report c where c.id = r.superseded_by) > ?)
                ) r order by unit_id, observed_at desc, received_at desc""", at, at, at, at, at);
    }

    /**
     * What it takes to replay the units' figures from {@code from} on: each unit's current report
     * before {@code from} and all its current reports since, in the order they were observed. The
     * report before is one index probe per unit, however long the history before {@code from}.
     */
    public List<StatusReport> trail(Collection<UUID> units, Instant from) {
        var ids = units.toArray(UUID[]::new);
        var since = Timestamp.from(from);
        return reports("""
                select * from (
                    (select s.* from unnest(?::uuid[]) as u (id) cross join lateral (
                        select * from status_report
                        where unit_id = u.id and superseded_by is null and observed_at < ?
                        order by observed_at desc, received_at desc limit 1) s)
                    union all
                    (select * from status_report where unit_id = any(?) and superseded_by is null and observed_at >= ?)
                ) r order by observed_at, received_at""", ids, since, ids, since);
    }

    public Optional<StatusReport> find(UUID id) {
        return select("where id = ?", "", 1, id).stream().findFirst();
    }

    /**
     * All reports of the unit, corrected ones too, newest first: the newest of its current reports
     * and of its corrected ones, each found by its own index (no index holds every report: V20, V21).
     */
    public List<StatusReport> history(UUID unit, int limit) {
        return reports("""
                select * from (
                    (select * from status_report where unit_id = ? and superseded_by is null
                     order by observed_at desc, received_at desc limit ?)
                    union all
                    (select * from status_report where unit_id = ? and superseded_by is not null
                     order by observed_at desc, received_at desc limit ?)
                ) r order by observed_at desc, received_at desc limit ?""", unit, limit, unit, limit, limit);
    }

    /** When each of the units observed its current report (units without one left out): one probe per unit. */
    public Map<UUID, Instant> latestObservations(Collection<UUID> units) {
        var latest = new HashMap<UUID, Instant>();
        jdbc.sql("""
                        select u.id, s.observed_at from unnest(?::uuid[]) as u (id)
                        cross join lateral (
                            select observed_at from status_report where unit_id = u.id and superseded_by is null
                            order by observed_at desc, received_at desc limit 1) s""").param(units.toArray(UUID[]::new)).query(rs -> {
            latest.put(
                    rs.getObject("id", UUID.class),
                    rs.getTimestamp("observed_at").toInstant());
        });
        return latest;
    }

    Optional<StatusReport> byIdempotencyKey(UUID actor, String key) {
        return select("where reported_by_id = ? and idempotency_key = ?", "", 1, actor, key).stream()
                .findFirst();
    }

    Optional<byte[]> bodyHash(UUID report) {
        return jdbc.sql("select body_hash from status_report where id = ?")
                .param(report)
                .query(byte[].class)
                .optional();
    }

    /**
     * Stores the report with its figures. Returns false, storing nothing, when the actor used the
     * idempotency key before (the caller then looks up that earlier report). The body's hash is
     * kept with a key only: it tells a retry from a reuse of the key.
     */
    boolean add(StatusReport report, UUID actorId, Optional<String> idempotencyKey, byte[] bodyHash) {
        var status = report.status();
        var levels = List.copyOf(status.levels().entrySet());
        return jdbc.sql("""
                        insert into status_report (id, unit_id, region_code, observed_at, received_at, reported_by,
                            reported_by_id, corrects, operational_status, restrictions, ed_status,
                            elective_next_7_days, elective_postponed, ventilated_patients, ecmo_patients, comment,
                            warnings, idempotency_key, body_hash, levels, staffed, occupied, surge_24h, reserve_7d)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (reported_by_id, idempotency_key) where idempotency_key is not null do nothing
                        returning id""")
                .params(
                        report.id(),
                        report.unitId(),
                        report.region().value(),
                        Timestamp.from(status.observedAt()),
                        Timestamp.from(report.receivedAt()),
                        report.reportedBy(),
                        actorId,
                        report.corrects().orElse(null),
                        status.operationalStatus().name(),
                        status.restrictions().stream().map(Enum::name).sorted().toArray(String[]::new),
                        status.emergencyDepartment() == null
                                ? null
                                : status.emergencyDepartment().name(),
                        status.electiveNext7Days(),
                        status.electivePostponed(),
                        status.ventilatedPatients(),
                        status.ecmoPatients(),
                        status.comment(),
                        report.warnings().toArray(String[]::new),
                        idempotencyKey.orElse(null),
                        bodyHash,
                        levels.stream().map(e -> e.getKey().name()).toArray(String[]::new),
                        levels.stream().map(e -> e.getValue().staffed()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().occupied()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().surge24h()).toArray(Integer[]::new),
                        levels.stream().map(e -> e.getValue().reserve7d()).toArray(Integer[]::new))
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    /**
     * Stores many reports with their figures, without idempotency keys (a region's upload): one
     * statement, however many reports.
     */
    void addAll(List<StatusReport> reports, UUID actorId) {
        if (reports.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into status_report (id, unit_id, region_code, observed_at, received_at, reported_by,
                            reported_by_id, corrects, operational_status, restrictions, ed_status,
                            elective_next_7_days, elective_postponed, ventilated_patients, ecmo_patients, comment,
                            warnings, levels, staffed, occupied, surge_24h, reserve_7d)
                        select r.id, r.unit_id, r.region_code,
                            timestamptz 'epoch' + r.observed * interval '1 microsecond',
                            timestamptz 'epoch' + r.received * interval '1 microsecond', ?, ?, null,
                            r.operational_status, coalesce(string_to_array(r.restrictions, ','), '{}'), r.ed_status,
                            r.elective_next_7_days, r.elective_postponed, r.ventilated_patients, r.ecmo_patients,
                            r.comment, coalesce(w.warnings, '{}'), string_to_array(r.levels, ','),
                            string_to_array(r.staffed, ',')::int[], string_to_array(r.occupied, ',')::int[],
                            string_to_array(r.surge, ',')::int[], string_to_array(r.reserve, ',')::int[]
                        from unnest(?::uuid[], ?::uuid[], ?::text[], ?::bigint[], ?::bigint[],
                                ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[], ?::text[],
                                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                            with ordinality as r (id, unit_id, region_code, observed, received,
                                operational_status, restrictions, ed_status, elective_next_7_days, elective_postponed,
                                ventilated_patients, ecmo_patients, comment, levels, staffed, occupied, surge, reserve, n)
                        left join (select w.n, array_agg(w.warning order by w.i) as warnings
                                   from unnest(?::int[], ?::text[]) with ordinality as w (n, warning, i)
                                   group by w.n) w on w.n = r.n""").params(batchParameters(reports, actorId)).update();
    }

    /**
     * The reports as one array per column. Restrictions (enum names, no commas) travel joined by
     * commas, and so do a report's care levels and each of its figures; warnings, which are free
     * text, as (report number, warning) pairs.
     */
    private static List<Object> batchParameters(List<StatusReport> reports, UUID actorId) {
        int n = reports.size();
        var ids = new UUID[n];
        var units = new UUID[n];
        var regions = new String[n];
        var observed = new Long[n];
        var received = new Long[n];
        var operational = new String[n];
        var restrictions = new String[n];
        var ed = new String[n];
        var next7 = new Integer[n];
        var postponed = new Integer[n];
        var ventilated = new Integer[n];
        var ecmo = new Integer[n];
        var comments = new String[n];
        var figures = new LevelTexts(n);
        var warningOf = new ArrayList<Integer>();
        var warnings = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            var report = reports.get(i);
            var status = report.status();
            ids[i] = report.id();
            units[i] = report.unitId();
            regions[i] = report.region().value();
            observed[i] = Micros.since1970(status.observedAt());
            received[i] = Micros.since1970(report.receivedAt());
            operational[i] = status.operationalStatus().name();
            restrictions[i] = status.restrictions().isEmpty()
                    ? null
                    : status.restrictions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            ed[i] = status.emergencyDepartment() == null
                    ? null
                    : status.emergencyDepartment().name();
            next7[i] = status.electiveNext7Days();
            postponed[i] = status.electivePostponed();
            ventilated[i] = status.ventilatedPatients();
            ecmo[i] = status.ecmoPatients();
            comments[i] = status.comment();
            figures.set(i, status.levels());
            for (String warning : report.warnings()) {
                warningOf.add(i + 1);
                warnings.add(warning);
            }
        }
        var parameters = new ArrayList<Object>(List.of(
                reports.get(0).reportedBy(),
                actorId,
                ids,
                units,
                regions,
                observed,
                received,
                operational,
                restrictions,
                ed,
                next7,
                postponed,
                ventilated,
                ecmo,
                comments));
        parameters.addAll(figures.columns());
        parameters.add(warningOf.toArray(Integer[]::new));
        parameters.add(warnings.toArray(String[]::new));
        return parameters;
    }

    /** Marks the report as replaced by a correction, if nobody did so since {@code expectedVersion}. */
    void supersede(UUID id, long expectedVersion, UUID by) {
        int updated = jdbc.sql("""
                        update status_report set superseded_by = ?, version = version + 1
                        where id = ? and version = ? and superseded_by is null""").params(by, id, expectedVersion).update();
        if (updated == 0) {
            throw new StaleVersionException("report", id, expectedVersion);
        }
    }

    private static final String NEWEST_FIRST = "observed_at desc, received_at desc";

    /** The reports that {@code filter} selects, in {@code order}, at most {@code limit}. */
    private List<StatusReport> select(String filter, String order, int limit, Object... params) {
        String orderBy = order.isEmpty() ? "" : " order by " + order;
        return reports("select * from status_report " + filter + orderBy + " limit " + limit, params);
    }

    private List<StatusReport> reports(String query, Object... params) {
        return jdbc.sql(query).params(params).query((rs, row) -> map(rs)).list();
    }

    /** The row's figures by care level. */
    private static Map<CareLevel, LevelFigures> levels(ResultSet rs) throws SQLException {
        var levels = (String[]) rs.getArray("levels").getArray();
        var staffed = (Integer[]) rs.getArray("staffed").getArray();
        var occupied = (Integer[]) rs.getArray("occupied").getArray();
        var surge = (Integer[]) rs.getArray("surge_24h").getArray();
        var reserve = (Integer[]) rs.getArray("reserve_7d").getArray();
        var figures = new EnumMap<CareLevel, LevelFigures>(CareLevel.class);
        for (int i = 0; i < levels.length; i++) {
            figures.put(CareLevel.valueOf(levels[i]), new LevelFigures(staffed[i], occupied[i], surge[i], reserve[i]));
        }
        return figures;
    }

    private static StatusReport map(ResultSet rs) throws SQLException {
        var ed = rs.getString("ed_status");
        var status = new UnitStatus(
                rs.getTimestamp("observed_at").toInstant(),
                levels(rs),
                OperationalStatus.valueOf(rs.getString("operational_status")),
                strings(rs.getArray("restrictions")).stream()
                        .map(Restriction::valueOf)
                        .collect(Collectors.toSet()),
                ed == null ? null : EdStatus.valueOf(ed),
                rs.getObject("ventilated_patients", Integer.class),
                rs.getObject("ecmo_patients", Integer.class),
                rs.getObject("elective_next_7_days", Integer.class),
                rs.getObject("elective_postponed", Integer.class),
                rs.getString("comment"));
        return new StatusReport(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                RegionCode.of(rs.getString("region_code")),
                status,
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("reported_by"),
                Optional.ofNullable(rs.getObject("corrects", UUID.class)),
                Optional.ofNullable(rs.getObject("superseded_by", UUID.class)),
                rs.getLong("version"),
                strings(rs.getArray("warnings")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
