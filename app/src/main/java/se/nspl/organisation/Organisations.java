package se.nspl.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.shared.RegionCode;

/** The authorities, the secretariat and SKR. */
@Repository
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> all() {
        return jdbc.sql("select * from organisation order by kind desc, name")
                .query(Organisations::map)
                .list();
    }

    void add(Organisation organisation) {
        jdbc.sql("""
                insert into organisation (id, kind, short_name, name, description, host_region_code)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        organisation.id(),
                        organisation.kind().name(),
                        organisation.shortName(),
                        organisation.name(),
                        organisation.description(),
                        organisation.hostRegion().map(RegionCode::value).orElse(null))
                .update();
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("short_name"),
                rs.getString("name"),
                rs.getString("description"),
                Optional.ofNullable(rs.getString("host_region_code")).map(RegionCode::of));
    }
}
