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

/** The hospitals of all regions. */
@Repository
public class Hospitals {

    private static final String SELECT = "select * from hospital";

    private final JdbcClient jdbc;

    Hospitals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hospitals whose name or city contains the text (case-insensitive), optionally in one region,
     * ordered by region and name.
     */
    public List<Hospital> search(String text, Optional<RegionCode> region) {
        String pattern = "%" + escapeLike(text == null ? "" : text.strip()) + "%";
        return jdbc.sql(SELECT + " " + """
                         where (name ilike :pattern or city ilike :pattern)
                           and (cast(:region as text) is null or region_code = :region)
                         order by region_code, name""")
                .param("pattern", pattern)
                .param("region", region.map(RegionCode::value).orElse(null))
                .query(Hospitals::map)
                .list();
    }

    public List<Hospital> inRegion(RegionCode region) {
        return search("", Optional.of(region));
    }

    public Optional<Hospital> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(Hospitals::map)
                .optional();
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from hospital where slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public int count() {
        return jdbc.sql("select count(*) from hospital").query(Integer.class).single();
    }

    void add(Hospital hospital) {
        jdbc.sql("""
                insert into hospital (id, slug, name, region_code, city, lat, lon, university, source,
                                      version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        hospital.id(),
                        hospital.slug(),
                        hospital.name(),
                        hospital.region().value(),
                        hospital.city(),
                        hospital.lat(),
                        hospital.lon(),
                        hospital.university(),
                        hospital.source(),
                        Timestamp.from(hospital.updatedAt()),
                        Timestamp.from(hospital.updatedAt()))
                .update();
    }

    /** Applies the draft if nobody changed the hospital since {@code expectedVersion}. */
    void update(UUID id, long expectedVersion, HospitalDraft draft, Instant at) {
        int updated = jdbc.sql("""
                update hospital set name = ?, city = ?, lat = ?, lon = ?, university = ?,
                                    version = version + 1, updated_at = ?
                where id = ? and version = ?""")
                .params(
                        draft.name().strip(),
                        draft.city().strip(),
                        draft.lat(),
                        draft.lon(),
                        draft.university(),
                        Timestamp.from(at),
                        id,
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new StaleVersionException("hospital", id, expectedVersion);
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Hospital map(ResultSet rs, int row) throws SQLException {
        return new Hospital(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                RegionCode.of(rs.getString("region_code")),
                rs.getString("city"),
                rs.getDouble("lat"),
                rs.getDouble("lon"),
                rs.getBoolean("university"),
                rs.getString("source"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
