package se.nspl.governance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme's timeline. */
@Repository
class Milestones {

    private final JdbcClient jdbc;

    Milestones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Milestone> all() {
        return jdbc.sql("select * from milestone order by planned_on, title")
                .query(Milestones::map)
                .list();
    }

    Optional<Milestone> find(UUID id) {
        return jdbc.sql("select * from milestone where id = ?")
                .param(id)
                .query(Milestones::map)
                .optional();
    }

    void add(Milestone milestone) {
        jdbc.sql("""
                insert into milestone (id, title, description, planned_on, status, completed_on, version,
                                       updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(
                        milestone.id(),
                        milestone.title(),
                        milestone.description(),
                        Date.valueOf(milestone.plannedOn()),
                        milestone.status().name(),
                        milestone.completedOn() == null ? null : Date.valueOf(milestone.completedOn()),
                        Timestamp.from(milestone.updatedAt()),
                        milestone.updatedBy())
                .update();
    }

    boolean update(Milestone milestone, long expectedVersion) {
        return jdbc.sql("""
                        update milestone set title = ?, description = ?, planned_on = ?, status = ?,
                                             completed_on = ?, version = version + 1, updated_at = ?, updated_by = ?
                        where id = ? and version = ?""")
                        .params(
                                milestone.title(),
                                milestone.description(),
                                Date.valueOf(milestone.plannedOn()),
                                milestone.status().name(),
                                milestone.completedOn() == null ? null : Date.valueOf(milestone.completedOn()),
                                Timestamp.from(milestone.updatedAt()),
                                milestone.updatedBy(),
                                milestone.id(),
                                expectedVersion)
                        .update()
                == 1;
    }

    int count() {
        return jdbc.sql("select count(*) from milestone").query(Integer.class).single();
    }

    private static Milestone map(ResultSet rs, int row) throws SQLException {
        var completed = rs.getDate("completed_on");
        return new Milestone(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getDate("planned_on").toLocalDate(),
                MilestoneStatus.valueOf(rs.getString("status")),
                completed == null ? null : completed.toLocalDate(),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
