package se.nspl.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.shared.Actor;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;

/**
 * Sends notifications to audiences and keeps each reader's inbox. A notification is stored in the
 * sender's transaction (it exists exactly when the change it tells of does); its e-mail, when
 * SMTP is configured, leaves after the commit ({@link NotificationMail}).
 */
@Service
public class Notifications {

    /** What an inbox shows: the last month, at most this many. */
    static final Duration KEPT_IN_VIEW = Duration.ofDays(30);

    static final int INBOX_SIZE = 100;

    /** What a notification says and where it leads, before it is sent. */
    public record Message(
            String messageKey, List<String> arguments, String link, String subjectType, String subjectId) {

        public Message {
            arguments = List.copyOf(arguments);
            if (!link.startsWith("/")) {
                throw new IllegalArgumentException("a link is a path in the platform: " + link);
            }
        }
    }

    private final JdbcClient jdbc;
    private final NotificationMail mail;
    private final Clock clock;

    Notifications(JdbcClient jdbc, NotificationMail mail, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
    }

    /** Sends the message to each audience (each once). */
    @Transactional
    public void send(Collection<Audience> audiences, Message message) {
        var now = Timestamp.from(clock.instant());
        for (var audience : audiences.stream().distinct().toList()) {
            jdbc.sql("""
                            insert into notification (id, region, secretariat, message_key, arguments, link,
                                                      subject_type, subject_id, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            audience.isSecretariat() ? null : audience.region().value(),
                            audience.isSecretariat(),
                            message.messageKey(),
                            message.arguments().toArray(String[]::new),
                            message.link(),
                            message.subjectType(),
                            message.subjectId(),
                            now)
                    .update();
        }
        mail.afterCommit(audiences, message);
    }

    /** The reader's notifications of the last month, newest first; empty for who is in no audience. */
    @Transactional(readOnly = true)
    public List<Notification> inbox(Actor actor) {
        var audience = Audience.of(actor);
        if (audience.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select n.*, r.read_at is not null as read
                        from notification n
                        left join notification_read r on r.notification_id = n.id and r.account_id = :account
                        where """ + AUDIENCE + """
                          and n.created_at > :since
                        order by n.created_at desc limit :limit""")
                .param("account", actor.id())
                .param("region", regionOf(audience.get()))
                .param("secretariat", audience.get().isSecretariat())
                .param("since", Timestamp.from(clock.instant().minus(KEPT_IN_VIEW)))
                .param("limit", INBOX_SIZE)
                .query(Notifications::notification)
                .list();
    }

    /** How many of the reader's notifications of the last month are unread. */
    @Transactional(readOnly = true)
    public int unread(Actor actor) {
        var audience = Audience.of(actor);
        if (audience.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        select count(*) from notification n
                        where """ + AUDIENCE + """
                          and n.created_at > :since
                          and not exists (select 1 from notification_read r
                                          where r.notification_id = n.id and r.account_id = :account)""")
                .param("account", actor.id())
                .param("region", regionOf(audience.get()))
                .param("secretariat", audience.get().isSecretariat())
                .param("since", Timestamp.from(clock.instant().minus(KEPT_IN_VIEW)))
                .query(Integer.class)
                .single();
    }

    /** Marks one of the reader's notifications read and returns it; someone else's does not exist. */
    @Transactional
    public Notification read(UUID id, Actor actor) {
        var notification = inbox(actor).stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("notification", id));
        markRead(List.of(id), actor);
        return notification;
    }

    /** Marks all the reader's notifications read. */
    @Transactional
    public void readAll(Actor actor) {
        markRead(
                inbox(actor).stream()
                        .filter(n -> !n.read())
                        .map(Notification::id)
                        .toList(),
                actor);
    }

    private void markRead(List<UUID> ids, Actor actor) {
        var now = Timestamp.from(clock.instant());
        for (var id : ids) {
            jdbc.sql("insert into notification_read (notification_id, account_id, read_at) values (?, ?, ?)"
                            + " on conflict do nothing")
                    .params(id, actor.id(), now)
                    .update();
        }
    }

    private static final String AUDIENCE = "(n.region = cast(:region as char(2)) or (n.secretariat and :secretariat))";

    private static @Nullable String regionOf(Audience audience) {
        return audience.isSecretariat() ? null : audience.region().value();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region");
        Array arguments = rs.getArray("arguments");
        return new Notification(
                rs.getObject("id", UUID.class),
                region == null ? Audience.secretariat() : Audience.of(RegionCode.of(region)),
                rs.getString("message_key"),
                List.of((String[]) arguments.getArray()),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("read"));
    }
}
