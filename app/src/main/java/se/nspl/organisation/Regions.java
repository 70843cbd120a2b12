package se.nspl.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.shared.RegionCode;
import se.nspl.shared.StaleVersionException;

/** The 21 regions. */
@Repository
public class Regions {

    private static final String SELECT = "select * from region";

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Region> all() {
        return jdbc.sql(SELECT + " order by code").query(Regions::map).list();
    }

    public Optional<Region> find(RegionCode code) {
        return jdbc.sql(SELECT + " where code = ?")
                .param(code.value())
                .query(Regions::map)
                .optional();
    }

    public boolean exists(RegionCode code) {
        return find(code).isPresent();
    }

    public int count() {
        return jdbc.sql("select count(*) from region").query(Integer.class).single();
    }

    void add(Region region) {
        jdbc.sql("""
                insert into region (code, name, seat, population, population_date, population_source,
                                    area_km2, lat, lon)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        region.code().value(),
                        region.name(),
                        region.seat(),
                        region.population().count(),
                        region.population().countedOn(),
                        region.population().source(),
                        region.areaKm2(),
                        region.lat(),
                        region.lon())
                .update();
    }

    void recordParticipation(RegionCode code, long expectedVersion, ParticipationDecision decision) {
        int updated = jdbc.sql("""
                update region set participation = ?, participation_decided_on = ?,
                                  participation_diary_number = ?, version = version + 1
                where code = ? and version = ?""")
                .params(
                        decision.status().name(),
                        decision.decidedOn(),
                        decision.diaryNumber(),
                        code.value(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            throw new StaleVersionException("region", code, expectedVersion);
        }
    }

    private static Region map(ResultSet rs, int row) throws SQLException {
        var decidedOn = rs.getDate("participation_decided_on");
        return new Region(
                RegionCode.of(rs.getString("code")),
                rs.getString("name"),
                rs.getString("seat"),
                new Population(
                        rs.getInt("population"),
                        rs.getDate("population_date").toLocalDate(),
                        rs.getString("population_source")),
                rs.getObject("area_km2", Integer.class),
                rs.getDouble("lat"),
                rs.getDouble("lon"),
                new ParticipationDecision(
                        Participation.valueOf(rs.getString("participation")),
                        decidedOn == null ? null : decidedOn.toLocalDate(),
                        rs.getString("participation_diary_number")),
                rs.getLong("version"));
    }
}
