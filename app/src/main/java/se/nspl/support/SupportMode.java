package se.nspl.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.Actor;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.Role;

/**
 * The national mode of support between regions, switched by the secretariat: in peacetime a
 * request's path follows its region's preparedness level ({@link Workflow#at}); under heightened
 * preparedness (höjd beredskap, war) every request submitted takes the {@link Workflow#FULL} path.
 * Requests already submitted keep their path.
 */
@Service
public class SupportMode {

    /** The mode now: since when, by whom and why; {@code since} is null when never switched. */
    public record Mode(
            boolean heightened,
            @Nullable Instant since,
            @Nullable String by,
            @Nullable String reason) {}

    private static final Mode PEACETIME = new Mode(false, null, null, null);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SupportMode(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Mode current() {
        return jdbc.sql("select * from support_mode order by id desc limit 1")
                .query((rs, n) -> new Mode(
                        rs.getBoolean("heightened"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        rs.getString("reason")))
                .optional()
                .orElse(PEACETIME);
    }

    /** Switches the mode; the same mode again changes nothing. Secretariat only; audited. */
    @Transactional
    public Mode set(boolean heightened, @Nullable String reason, Actor actor) {
        if (!actor.hasRole(Role.NATIONAL_COORDINATOR) && !actor.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("only the secretariat switches the national mode");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > SupportDesk.MAX_TEXT) {
            throw SupportDesk.invalid("reason", "maxLength", "must be at most {0} characters", SupportDesk.MAX_TEXT);
        }
        Classification.check("reason", text);
        // Serialises switches, so that two at once cannot both see the old mode.
        jdbc.sql("lock table support_mode in share row exclusive mode").update();
        var before = current();
        if (before.heightened() == heightened) {
            return before;
        }
        var now = clock.instant();
        jdbc.sql("insert into support_mode (heightened, reason, changed_at, changed_by) values (?, ?, ?, ?)")
                .params(heightened, text, Timestamp.from(now), actor.name())
                .update();
        audit.record(
                actor,
                heightened ? "support.HEIGHTENED_PREPAREDNESS" : "support.PEACETIME",
                "support-mode",
                "national",
                text);
        return current();
    }
}
