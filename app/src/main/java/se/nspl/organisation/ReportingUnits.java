package se.nspl.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.shared.RegionCode;
import se.nspl.shared.StaleVersionException;

/** The reporting units of all hospitals. */
@Repository
public class ReportingUnits {

    private static final String SELECT = "select * from reporting_unit";

    private final JdbcClient jdbc;

    ReportingUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units matching the optional filters, ordered by region, hospital and name. */
    public List<ReportingUnit> find(Optional<RegionCode> region, Optional<UUID> hospital, Optional<UnitKind> kind) {
        return jdbc.sql(SELECT + " " + """
                         where (cast(:region as text) is null or region_code = :region)
                           and (cast(:hospital as uuid) is null or hospital_id = :hospital)
                           and (cast(:kind as text) is null or kind = :kind)
                         order by region_code, hospital_id, kind, name""")
                .param("region", region.map(RegionCode::value).orElse(null))
                .param("hospital", hospital.orElse(null))
                .param("kind", kind.map(Enum::name).orElse(null))
                .query(ReportingUnits::map)
                .list();
    }

    public List<ReportingUnit> atHospital(UUID hospital) {
        return find(Optional.empty(), Optional.of(hospital), Optional.empty());
    }

    public Optional<ReportingUnit> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(ReportingUnits::map)
                .optional();
    }

    public int count() {
        return jdbc.sql("select count(*) from reporting_unit")
                .query(Integer.class)
                .single();
    }

    boolean nameTaken(UUID hospital, String name, Optional<UUID> except) {
        return jdbc.sql("""
                        select count(*) from reporting_unit
                        where hospital_id = ? and lower(name) = lower(?) and id <> ?""")
                        .params(hospital, name.strip(), except.orElse(new UUID(0, 0)))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void add(ReportingUnit unit, String source) {
        jdbc.sql("""
                insert into reporting_unit (id, hospital_id, region_code, name, kind, reference_beds,
                                            reference_beds_is_estimate, source, active, version,
                                            created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        unit.id(),
                        unit.hospitalId(),
                        unit.region().value(),
                        unit.name(),
                        unit.kind().name(),
                        unit.referenceBeds(),
                        unit.referenceBedsIsEstimate(),
                        source,
                        unit.active(),
                        Timestamp.from(unit.updatedAt()),
                        Timestamp.from(unit.updatedAt()))
                .update();
    }

    /** Applies the draft if nobody changed the unit since {@code expectedVersion}; a unit stays at its hospital. */
    void update(UUID id, long expectedVersion, UnitDraft draft, Instant at) {
        int updated = jdbc.sql("""
                update reporting_unit set name = ?, kind = ?, reference_beds = ?,
                                          reference_beds_is_estimate = ?, active = ?,
                                          version = version + 1, updated_at = ?
                where id = ? and version = ?""")
                .params(
                        draft.name().strip(),
                        draft.kind().name(),
                        draft.referenceBeds(),
                        draft.referenceBedsIsEstimate(),
                        draft.active(),
                        Timestamp.from(at),
                        id,
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new StaleVersionException("unit", id, expectedVersion);
        }
    }

    private static ReportingUnit map(ResultSet rs, int row) throws SQLException {
        return new ReportingUnit(
                rs.getObject("id", UUID.class),
                rs.getObject("hospital_id", UUID.class),
                RegionCode.of(rs.getString("region_code")),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getObject("reference_beds", Integer.class),
                rs.getBoolean("reference_beds_is_estimate"),
                rs.getBoolean("active"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
