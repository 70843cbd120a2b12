package se.nspl.governance;

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

/** The steering group's meetings with their decisions and follow-up actions. */
@Repository
class SteeringMeetings {

    private final JdbcClient jdbc;

    SteeringMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SteeringMeeting> all(int limit) {
        var headers = jdbc.sql("select * from steering_meeting order by held_on desc, created_at desc limit ?")
                .param(limit)
                .query(SteeringMeetings::header)
                .list();
        if (headers.isEmpty()) {
            return List.of();
        }
        var ids = headers.stream().map(SteeringMeeting::id).toList();
        var decisions = new HashMap<UUID, List<Decision>>();
        jdbc.sql("select * from steering_decision where meeting_id in (:ids) order by number")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    decisions
                            .computeIfAbsent(rs.getObject("meeting_id", UUID.class), k -> new ArrayList<>())
                            .add(new Decision(rs.getInt("number"), rs.getString("text")));
                });
        var actions = new HashMap<UUID, List<FollowUpAction>>();
        jdbc.sql("select * from follow_up_action where meeting_id in (:ids) order by position")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    actions.computeIfAbsent(rs.getObject("meeting_id", UUID.class), k -> new ArrayList<>())
                            .add(action(rs));
                });
        return headers.stream().map(m -> complete(m, decisions, actions)).toList();
    }

    Optional<SteeringMeeting> find(UUID id) {
        return jdbc.sql("select * from steering_meeting where id = ?")
                .param(id)
                .query(SteeringMeetings::header)
                .optional()
                .map(m -> complete(
                        m,
                        Map.of(
                                id,
                                jdbc.sql("select * from steering_decision where meeting_id = ? order by number")
                                        .param(id)
                                        .query((rs, n) -> new Decision(rs.getInt("number"), rs.getString("text")))
                                        .list()),
                        Map.of(
                                id,
                                jdbc.sql("select * from follow_up_action where meeting_id = ? order by position")
                                        .param(id)
                                        .query((rs, n) -> action(rs))
                                        .list())));
    }

    void add(SteeringMeeting meeting, String by) {
        jdbc.sql("""
                insert into steering_meeting (id, held_on, title, notes, version, created_at, created_by, updated_at)
                values (?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(
                        meeting.id(),
                        Date.valueOf(meeting.heldOn()),
                        meeting.title(),
                        meeting.notes(),
                        Timestamp.from(meeting.updatedAt()),
                        by,
                        Timestamp.from(meeting.updatedAt()))
                .update();
        addChildren(meeting);
    }

    /** Replaces the meeting's fields, decisions and actions if it still has the version; false otherwise. */
    boolean replace(SteeringMeeting meeting, long expectedVersion) {
        int updated = jdbc.sql("""
                        update steering_meeting set held_on = ?, title = ?, notes = ?, version = version + 1,
                                                    updated_at = ?
                        where id = ? and version = ?""")
                .params(
                        Date.valueOf(meeting.heldOn()),
                        meeting.title(),
                        meeting.notes(),
                        Timestamp.from(meeting.updatedAt()),
                        meeting.id(),
                        expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from steering_decision where meeting_id = ?")
                .param(meeting.id())
                .update();
        jdbc.sql("delete from follow_up_action where meeting_id = ?")
                .param(meeting.id())
                .update();
        addChildren(meeting);
        return true;
    }

    private void addChildren(SteeringMeeting meeting) {
        for (var decision : meeting.decisions()) {
            jdbc.sql("insert into steering_decision (meeting_id, number, text) values (?, ?, ?)")
                    .params(meeting.id(), decision.number(), decision.text())
                    .update();
        }
        int position = 0;
        for (var action : meeting.actions()) {
            jdbc.sql("""
                    insert into follow_up_action (id, meeting_id, position, text, responsible, due_on, status)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            action.id(),
                            meeting.id(),
                            position++,
                            action.text(),
                            action.responsible(),
                            action.dueOn() == null ? null : Date.valueOf(action.dueOn()),
                            action.status().name())
                    .update();
        }
    }

    private static SteeringMeeting complete(
            SteeringMeeting header, Map<UUID, List<Decision>> decisions, Map<UUID, List<FollowUpAction>> actions) {
        return new SteeringMeeting(
                header.id(),
                header.heldOn(),
                header.title(),
                header.notes(),
                decisions.getOrDefault(header.id(), List.of()),
                actions.getOrDefault(header.id(), List.of()),
                header.version(),
                header.updatedAt());
    }

    private static SteeringMeeting header(ResultSet rs, int row) throws SQLException {
        return new SteeringMeeting(
                rs.getObject("id", UUID.class),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("title"),
                rs.getString("notes"),
                List.of(),
                List.of(),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static FollowUpAction action(ResultSet rs) throws SQLException {
        var due = rs.getDate("due_on");
        return new FollowUpAction(
                rs.getObject("id", UUID.class),
                rs.getString("text"),
                rs.getString("responsible"),
                due == null ? null : due.toLocalDate(),
                ActionStatus.valueOf(rs.getString("status")));
    }

    int count() {
        return jdbc.sql("select count(*) from steering_meeting")
                .query(Integer.class)
                .single();
    }
}
