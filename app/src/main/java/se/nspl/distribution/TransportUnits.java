package se.nspl.distribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.shared.RegionCode;
import se.nspl.shared.StaleVersionException;

/** The transport register: every region's vehicles and aircraft, and the national ones. */
@Repository
public class TransportUnits {

    private final JdbcClient jdbc;

    TransportUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** National resources first, then by region and code; one region's (and the national ones) when given. */
    public List<TransportUnit> list(Optional<RegionCode> region) {
        return jdbc.sql("""
                        select * from transport_unit
                        where cast(:region as text) is null or region_code = :region
                        order by region_code nulls first, code""")
                .param("region", region.map(RegionCode::value).orElse(null))
                .query(TransportUnits::map)
                .list();
    }

    public Optional<TransportUnit> find(UUID id) {
        return jdbc.sql("select * from transport_unit where id = ?")
                .param(id)
                .query(TransportUnits::map)
                .optional();
    }

    public boolean codeTaken(String code, UUID except) {
        return jdbc.sql("select count(*) from transport_unit where code = ? and id <> ?")
                        .params(code, except)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public int count() {
        return jdbc.sql("select count(*) from transport_unit")
                .query(Integer.class)
                .single();
    }

    void add(TransportUnit unit) {
        jdbc.sql("""
                insert into transport_unit (id, code, name, kind, region_code, base_name, base_lat, base_lon, count,
                    available, speed_kmh, fixed_minutes, duty_minutes, cap_icu_vent, cap_icu, cap_ward, seats,
                    version, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""").params(concat(List.<Object>of(unit.id()), columns(unit))).update();
    }

    /** Writes the unit over the one of {@code expectedVersion}; a newer one in between is a lost update. */
    void update(TransportUnit unit, long expectedVersion) {
        int updated = jdbc.sql("""
                update transport_unit set code = ?, name = ?, kind = ?, region_code = ?, base_name = ?, base_lat = ?,
                    base_lon = ?, count = ?, available = ?, speed_kmh = ?, fixed_minutes = ?, duty_minutes = ?,
                    cap_icu_vent = ?, cap_icu = ?, cap_ward = ?, seats = ?, version = version + 1, updated_at = ?,
                    updated_by = ?
                where id = ? and version = ?""")
                .params(concat(columns(unit), List.<Object>of(unit.id(), expectedVersion)))
                .update();
        if (updated == 0) {
            throw new StaleVersionException("transport unit", unit.id(), expectedVersion);
        }
    }

    /** The unit's columns from code to updated_by, in the order of both statements. */
    private static List<Object> columns(TransportUnit unit) {
        return Arrays.asList(
                unit.code(),
                unit.name(),
                unit.kind().name(),
                unit.region() == null ? null : unit.region().value(),
                unit.baseName(),
                unit.baseLat(),
                unit.baseLon(),
                unit.count(),
                unit.available(),
                unit.speedKmh(),
                unit.fixedMinutes(),
                unit.dutyMinutes(),
                unit.capIcuVent(),
                unit.capIcu(),
                unit.capWard(),
                unit.seats(),
                Timestamp.from(unit.updatedAt()),
                unit.updatedBy());
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static TransportUnit map(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region_code");
        return new TransportUnit(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                TransportKind.valueOf(rs.getString("kind")),
                region == null ? null : RegionCode.of(region),
                rs.getString("base_name"),
                rs.getDouble("base_lat"),
                rs.getDouble("base_lon"),
                rs.getInt("count"),
                rs.getInt("available"),
                rs.getDouble("speed_kmh"),
                rs.getDouble("fixed_minutes"),
                rs.getDouble("duty_minutes"),
                rs.getInt("cap_icu_vent"),
                rs.getInt("cap_icu"),
                rs.getInt("cap_ward"),
                rs.getInt("seats"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
