package se.nspl.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.simulation.Mode;
import se.nspl.simulation.Scenario;
import se.nspl.simulation.ScenarioReader;
import se.nspl.simulation.ScenarioWriter;

/** Every run of a scenario, with the scenario as it was run and, once done, the result's JSON. */
@Repository
class ScenarioRuns {

    private static final String COLUMNS =
            "id, scenario_id, name, mode, exercise, state, done, total, error, started_by,"
                    + " created_at, finished_at";

    private final JdbcClient jdbc;

    ScenarioRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ScenarioRun> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from scenario_run where id = ?")
                .param(id)
                .query(ScenarioRuns::map)
                .optional();
    }

    List<ScenarioRun> of(UUID scenarioId) {
        return jdbc.sql("select " + COLUMNS + " from scenario_run where scenario_id = ? order by created_at desc")
                .param(scenarioId)
                .query(ScenarioRuns::map)
                .list();
    }

    void add(ScenarioRun run, Scenario definition) {
        jdbc.sql("""
                        insert into scenario_run (id, scenario_id, name, mode, exercise, definition, state, done, total,
                            started_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        run.id(),
                        run.scenarioId(),
                        run.name(),
                        run.mode().name(),
                        run.exercise(),
                        new ScenarioWriter().write(definition),
                        run.state().name(),
                        run.done(),
                        run.total(),
                        run.startedBy(),
                        Timestamp.from(run.createdAt()))
                .update();
    }

    Optional<Scenario> definition(UUID id) {
        return jdbc.sql("select definition from scenario_run where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(json -> new ScenarioReader().read(json));
    }

    Optional<String> result(UUID id) {
        return jdbc.sql("select result from scenario_run where id = ? and state = 'DONE'")
                .param(id)
                .query(String.class)
                .optional();
    }

    void running(UUID id) {
        jdbc.sql("update scenario_run set state = 'RUNNING' where id = ? and state = 'QUEUED'")
                .param(id)
                .update();
    }

    void progress(UUID id, int done) {
        jdbc.sql("update scenario_run set done = ? where id = ? and state = 'RUNNING'")
                .params(done, id)
                .update();
    }

    void done(UUID id, String result, Instant at) {
        jdbc.sql("update scenario_run set state = 'DONE', done = total, result = ?, finished_at = ? where id = ?")
                .params(result, Timestamp.from(at), id)
                .update();
    }

    void failed(UUID id, String error, Instant at) {
        jdbc.sql("update scenario_run set state = 'FAILED', error = ?, finished_at = ? where id = ?")
                .params(error, Timestamp.from(at), id)
                .update();
    }

    private static ScenarioRun map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ScenarioRun(
                rs.getObject("id", UUID.class),
                rs.getObject("scenario_id", UUID.class),
                rs.getString("name"),
                Mode.valueOf(rs.getString("mode")),
                rs.getBoolean("exercise"),
                RunState.valueOf(rs.getString("state")),
                rs.getInt("done"),
                rs.getInt("total"),
                rs.getString("error"),
                rs.getString("started_by"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
