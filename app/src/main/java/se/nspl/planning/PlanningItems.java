package se.nspl.planning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.shared.RegionCode;

/** Every planning item with its linked runs, and the items' comment threads. */
@Repository
class PlanningItems {

    private final JdbcClient jdbc;

    PlanningItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every item, the earliest due first. */
    List<PlanningItem> all() {
        var runs = new HashMap<UUID, List<UUID>>();
        jdbc.sql("select item_id, run_id from planning_item_run order by item_id, position")
                .query(rs -> {
                    runs.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("run_id", UUID.class));
                });
        return jdbc.sql("select * from planning_item order by due_on, title, id")
                .query((rs, n) -> map(rs, runs))
                .list();
    }

    Optional<PlanningItem> find(UUID id) {
        var runs = Map.of(
                id,
                jdbc.sql("select run_id from planning_item_run where item_id = ? order by position")
                        .param(id)
                        .query(UUID.class)
                        .list());
        return jdbc.sql("select * from planning_item where id = ?")
                .param(id)
                .query((rs, n) -> map(rs, runs))
                .optional();
    }

    void add(PlanningItem item) {
        jdbc.sql("""
                        insert into planning_item (id, area, region, title, gap, owner, organisation, status, due_on,
                                                   version, created_at, created_by, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(
                        item.id(),
                        item.area().name(),
                        item.region() == null ? null : item.region().value(),
                        item.title(),
                        item.gap(),
                        item.owner(),
                        item.organisation(),
                        item.status().name(),
                        Date.valueOf(item.dueOn()),
                        Timestamp.from(item.createdAt()),
                        item.createdBy(),
                        Timestamp.from(item.updatedAt()),
                        item.updatedBy())
                .update();
        links(item);
    }

    /** Replaces the item when it still has the version; false when someone came first. */
    boolean update(PlanningItem item, long expectedVersion) {
        int updated = jdbc.sql("""
                        update planning_item set area = ?, region = ?, title = ?, gap = ?, owner = ?, organisation = ?,
                                                 status = ?, due_on = ?, version = version + 1, updated_at = ?,
                                                 updated_by = ?
                        where id = ? and version = ?""")
                .params(
                        item.area().name(),
                        item.region() == null ? null : item.region().value(),
                        item.title(),
                        item.gap(),
                        item.owner(),
                        item.organisation(),
                        item.status().name(),
                        Date.valueOf(item.dueOn()),
                        Timestamp.from(item.updatedAt()),
                        item.updatedBy(),
                        item.id(),
                        expectedVersion)
                .update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("delete from planning_item_run where item_id = ?")
                .param(item.id())
                .update();
        links(item);
        return true;
    }

    private void links(PlanningItem item) {
        for (int i = 0; i < item.linkedRuns().size(); i++) {
            jdbc.sql("insert into planning_item_run (item_id, run_id, position) values (?, ?, ?)")
                    .params(item.id(), item.linkedRuns().get(i), i)
                    .update();
        }
    }

    int count() {
        return jdbc.sql("select count(*) from planning_item")
                .query(Integer.class)
                .single();
    }

    /** An item's comments, the oldest first. */
    List<PlanningComment> comments(UUID itemId) {
        return jdbc.sql("select * from planning_comment where item_id = ? order by written_at, id")
                .param(itemId)
                .query((rs, n) -> new PlanningComment(
                        rs.getObject("id", UUID.class),
                        rs.getObject("item_id", UUID.class),
                        rs.getString("author"),
                        rs.getTimestamp("written_at").toInstant(),
                        rs.getString("text")))
                .list();
    }

    void addComment(PlanningComment comment) {
        jdbc.sql("insert into planning_comment (id, item_id, author, written_at, text) values (?, ?, ?, ?, ?)")
                .params(
                        comment.id(),
                        comment.itemId(),
                        comment.author(),
                        Timestamp.from(comment.writtenAt()),
                        comment.text())
                .update();
    }

    private static PlanningItem map(ResultSet rs, Map<UUID, List<UUID>> runs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var region = rs.getString("region");
        return new PlanningItem(
                id,
                PlanningArea.valueOf(rs.getString("area")),
                region == null ? null : new RegionCode(region),
                rs.getString("title"),
                rs.getString("gap"),
                rs.getString("owner"),
                rs.getString("organisation"),
                PlanningStatus.valueOf(rs.getString("status")),
                rs.getDate("due_on").toLocalDate(),
                runs.getOrDefault(id, List.of()),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
