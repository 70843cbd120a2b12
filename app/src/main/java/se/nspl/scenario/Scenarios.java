package se.nspl.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.shared.RegionCode;
import se.nspl.simulation.ScenarioReader;
import se.nspl.simulation.ScenarioWriter;

/** Every scenario, the newest change first; the scenario kept as the contract's JSON. */
@Repository
class Scenarios {

    private final JdbcClient jdbc;
    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    Scenarios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SavedScenario> find(UUID id) {
        return jdbc.sql("select * from scenario where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    List<SavedScenario> latest(int limit) {
        return jdbc.sql("select * from scenario order by updated_at desc limit ?")
                .param(limit)
                .query(this::map)
                .list();
    }

    void add(SavedScenario scenario) {
        jdbc.sql("""
                        insert into scenario (id, name, definition, owner_region, version, created_at, created_by,
                            updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        scenario.id(),
                        scenario.name(),
                        writer.write(scenario.definition()),
                        scenario.ownerRegion() == null
                                ? null
                                : scenario.ownerRegion().value(),
                        scenario.version(),
                        Timestamp.from(scenario.createdAt()),
                        scenario.createdBy(),
                        Timestamp.from(scenario.updatedAt()))
                .update();
    }

    /** Stores the new definition when the version is still {@code expected}; false when another change came first. */
    boolean update(SavedScenario scenario, long expected) {
        return jdbc.sql("""
                        update scenario set name = ?, definition = ?, version = ?, updated_at = ?
                        where id = ? and version = ?""")
                        .params(
                                scenario.name(),
                                writer.write(scenario.definition()),
                                scenario.version(),
                                Timestamp.from(scenario.updatedAt()),
                                scenario.id(),
                                expected)
                        .update()
                == 1;
    }

    private SavedScenario map(ResultSet rs, int row) throws SQLException {
        String owner = rs.getString("owner_region");
        return new SavedScenario(
                rs.getObject("id", UUID.class),
                reader.read(rs.getString("definition")),
                owner == null ? null : new RegionCode(owner),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
