package se.nspl.distribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.shared.RegionCode;
import tools.jackson.databind.json.JsonMapper;

/** The plans, newest first, with what they were built from, their results and the requests they became. */
@Repository
public class TransferPlans {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TransferPlans(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<TransferPlan> find(UUID id) {
        return jdbc.sql("select * from transfer_plan where id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .map(this::withRequests);
    }

    public List<TransferPlan> list(int limit) {
        return jdbc
                .sql("select * from transfer_plan order by created_at desc limit ?")
                .param(limit)
                .query(this::map)
                .list()
                .stream()
                .map(this::withRequests)
                .toList();
    }

    /** The problem as the contract's JSON, exactly as the optimiser got it. */
    public Optional<String> problem(UUID id) {
        return jdbc.sql("select problem::text from transfer_plan where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<TransferPlan> lock(UUID id) {
        return jdbc.sql("select * from transfer_plan where id = ? for update")
                .param(id)
                .query(this::map)
                .optional()
                .map(this::withRequests);
    }

    void add(TransferPlan plan, String problem) {
        jdbc.sql("""
                insert into transfer_plan (id, name, state, time_limit_seconds, problem, inputs, version, created_at,
                    created_by)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), 0, ?, ?)""")
                .params(
                        plan.id(),
                        plan.name(),
                        plan.state().name(),
                        plan.timeLimitSeconds(),
                        problem,
                        json.writeValueAsString(plan.inputs()),
                        Timestamp.from(plan.createdAt()),
                        plan.createdBy())
                .update();
    }

    void finish(UUID id, TransferPlan.Result result, Instant at) {
        jdbc.sql("""
                update transfer_plan set state = 'DONE', result = cast(? as jsonb), finished_at = ?,
                    version = version + 1
                where id = ? and state = 'RUNNING'""")
                .params(json.writeValueAsString(result), Timestamp.from(at), id)
                .update();
    }

    void fail(UUID id, String reason, Instant at) {
        jdbc.sql("""
                update transfer_plan set state = 'FAILED', failure = ?, finished_at = ?, version = version + 1
                where id = ? and state = 'RUNNING'""").params(abbreviate(reason), Timestamp.from(at), id).update();
    }

    /** Plans still running that were started before the cutoff: their run was lost (a node stopped). */
    List<UUID> runningSince(Instant cutoff) {
        return jdbc.sql("select id from transfer_plan where state = 'RUNNING' and created_at < ?")
                .param(Timestamp.from(cutoff))
                .query(UUID.class)
                .list();
    }

    void accept(UUID id, Instant at, String by) {
        jdbc.sql("""
                update transfer_plan set state = 'ACCEPTED', accepted_at = ?, accepted_by = ?, version = version + 1
                where id = ?""").params(Timestamp.from(at), by, id).update();
    }

    void addRequest(UUID plan, TransferPlan.Request request) {
        jdbc.sql("""
                insert into transfer_plan_request (plan_id, support_request_id, sending_region, receiving_region,
                    patients)
                values (?, ?, ?, ?, ?)""")
                .params(
                        plan,
                        request.supportRequest(),
                        request.sendingRegion().value(),
                        request.receivingRegion().value(),
                        request.patients())
                .update();
    }

    private TransferPlan withRequests(TransferPlan plan) {
        var requests = jdbc.sql("""
                        select * from transfer_plan_request where plan_id = ?
                        order by sending_region, receiving_region""")
                .param(plan.id())
                .query((rs, n) -> new TransferPlan.Request(
                        rs.getObject("support_request_id", UUID.class),
                        RegionCode.of(rs.getString("sending_region")),
                        RegionCode.of(rs.getString("receiving_region")),
                        rs.getInt("patients")))
                .list();
        return new TransferPlan(
                plan.id(),
                plan.name(),
                plan.state(),
                plan.timeLimitSeconds(),
                plan.inputs(),
                plan.result(),
                plan.failure(),
                plan.version(),
                plan.createdAt(),
                plan.createdBy(),
                plan.finishedAt(),
                plan.acceptedAt(),
                plan.acceptedBy(),
                requests);
    }

    private TransferPlan map(ResultSet rs, int row) throws SQLException {
        String result = rs.getString("result");
        return new TransferPlan(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                PlanState.valueOf(rs.getString("state")),
                rs.getInt("time_limit_seconds"),
                json.readValue(rs.getString("inputs"), TransferPlan.Inputs.class),
                result == null ? null : json.readValue(result, TransferPlan.Result.class),
                rs.getString("failure"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                instant(rs.getTimestamp("finished_at")),
                instant(rs.getTimestamp("accepted_at")),
                rs.getString("accepted_by"),
                List.of());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
