package se.nspl.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.organisation.Parties;
import se.nspl.organisation.Party;
import se.nspl.shared.RegionCode;

/** Every notice with its recipients, their acknowledgements and the reminders sent to them. */
@Repository
class Notices {

    /** Which notices a list shows: all, or those of a side; null fields mean none of that kind. */
    record Filter(boolean all, @Nullable RegionCode region, List<UUID> organisations) {}

    /** A reminder as recorded. */
    record Reminder(String recipient, Instant at, String sentBy, boolean automatic) {}

    /** A notice that waits for the acknowledgement of a party, for the page banner. */
    record Waiting(
            UUID notice,
            String subject,
            NoticePriority priority,
            @Nullable Instant acknowledgeBy) {}

    /** A recipient still waited for after the deadline, and whether it had its automatic reminder. */
    record Overdue(
            UUID notice,
            @Nullable RegionCode region,
            @Nullable UUID organisation) {}

    private final JdbcClient jdbc;
    private final Parties parties;

    Notices(JdbcClient jdbc, Parties parties) {
        this.jdbc = jdbc;
        this.parties = parties;
    }

    void add(Notice notice) {
        jdbc.sql("""
                        insert into notice (id, subject, body, priority, sender_region, sent_by, sent_at, all_regions,
                                            acknowledgement_required, acknowledge_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        notice.id(),
                        notice.subject(),
                        notice.body(),
                        notice.priority().name(),
                        code(notice.senderRegion()),
                        notice.sentBy(),
                        Timestamp.from(notice.sentAt()),
                        notice.allRegions(),
                        notice.acknowledgementRequired(),
                        timestamp(notice.acknowledgeBy()))
                .update();
        for (var recipient : notice.recipients()) {
            jdbc.sql("""
                            insert into notice_recipient (notice_id, region_code, organisation_id, expected)
                            values (?, ?, ?, ?)""")
                    .params(notice.id(), code(recipient.region()), recipient.organisation(), recipient.expected())
                    .update();
        }
    }

    Optional<Notice> find(UUID id) {
        var found = jdbc.sql("select * from notice where id = ?")
                .param(id)
                .query(Notices::header)
                .list();
        return withRecipients(found).stream().findFirst();
    }

    /** The notices the filter lets through, newest first, at most {@code limit}. */
    List<Notice> list(Filter filter, int limit) {
        var organisations = filter.organisations().isEmpty() ? List.of(new UUID(0, 0)) : filter.organisations();
        var headers = jdbc.sql("""
                        select n.* from notice n
                        where :all
                           or n.sender_region = :region
                           or exists (select 1 from notice_recipient r where r.notice_id = n.id
                                      and (r.region_code = :region or r.organisation_id in (:organisations)))
                        order by n.sent_at desc, n.id limit :limit""")
                .param("all", filter.all())
                .param("region", code(filter.region()))
                .param("organisations", organisations)
                .param("limit", limit)
                .query(Notices::header)
                .list();
        return withRecipients(headers);
    }

    /** Records the acknowledgement unless one is there; whether this call recorded it. */
    boolean acknowledge(UUID notice, Recipient recipient, String by, Instant at) {
        return jdbc.sql("""
                                update notice_recipient set acknowledged_at = ?, acknowledged_by = ?
                                where notice_id = ? and (region_code = ? or organisation_id = ?)
                                  and expected and acknowledged_at is null""")
                        .params(Timestamp.from(at), by, notice, code(recipient.region()), recipient.organisation())
                        .update()
                == 1;
    }

    /** Records a reminder; an automatic one at most once per recipient (false when it was there). */
    boolean remind(UUID notice, Recipient recipient, String by, Instant at, boolean automatic) {
        return jdbc.sql("""
                                insert into notice_reminder (notice_id, region_code, organisation_id, at, sent_by,
                                                             automatic)
                                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                notice,
                                code(recipient.region()),
                                recipient.organisation(),
                                Timestamp.from(at),
                                by,
                                automatic)
                        .update()
                == 1;
    }

    List<Reminder> reminders(UUID notice) {
        return jdbc.sql("select * from notice_reminder where notice_id = ? order by id")
                .param(notice)
                .query((rs, row) -> new Reminder(
                        key(rs),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("sent_by"),
                        rs.getBoolean("automatic")))
                .list();
    }

    /** The notices waiting for the party's acknowledgement, newest first: one query on a partial index. */
    List<Waiting> waitingFor(@Nullable RegionCode region, @Nullable UUID organisation, int limit) {
        return jdbc.sql("""
                        select n.id, n.subject, n.priority, n.acknowledge_by
                        from notice_recipient r join notice n on n.id = r.notice_id
                        where r.expected and r.acknowledged_at is null
                          and (r.region_code = ? or r.organisation_id = ?)
                        order by n.sent_at desc limit ?""")
                .params(code(region), organisation, limit)
                .query((rs, row) -> new Waiting(
                        rs.getObject("id", UUID.class),
                        rs.getString("subject"),
                        NoticePriority.valueOf(rs.getString("priority")),
                        instant(rs, "acknowledge_by")))
                .list();
    }

    /** Recipients waited for past their notice's deadline that have had no automatic reminder. */
    List<Overdue> overdueWithoutAutomaticReminder(Instant now, int limit) {
        return jdbc.sql("""
                        select r.notice_id, r.region_code, r.organisation_id
                        from notice_recipient r join notice n on n.id = r.notice_id
                        where r.expected and r.acknowledged_at is null and n.acknowledge_by < ?
                          and not exists (select 1 from notice_reminder m where m.notice_id = r.notice_id
                                          and m.automatic and (m.region_code = r.region_code
                                                               or m.organisation_id = r.organisation_id))
                        order by n.acknowledge_by limit ?""")
                .params(Timestamp.from(now), limit)
                .query((rs, row) -> new Overdue(
                        rs.getObject("notice_id", UUID.class),
                        region(rs, "region_code"),
                        rs.getObject("organisation_id", UUID.class)))
                .list();
    }

    private List<Notice> withRecipients(List<Notice> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        var byNotice = new HashMap<UUID, List<Recipient>>();
        jdbc.sql("""
                        select r.*, m.reminders, m.last_reminded
                        from notice_recipient r
                        left join lateral (select count(*) as reminders, max(at) as last_reminded
                                           from notice_reminder m
                                           where m.notice_id = r.notice_id
                                             and (m.region_code = r.region_code
                                                  or m.organisation_id = r.organisation_id)) m on true
                        where r.notice_id in (:ids)""").param("ids", headers.stream().map(Notice::id).toList()).query((ResultSet rs) -> {
            byNotice.computeIfAbsent(rs.getObject("notice_id", UUID.class), k -> new ArrayList<>())
                    .add(recipient(rs));
        });
        var result = new ArrayList<Notice>(headers.size());
        for (var header : headers) {
            var recipients = new ArrayList<>(byNotice.getOrDefault(header.id(), List.of()));
            recipients.sort(RECIPIENT_ORDER);
            result.add(header.withRecipients(recipients));
        }
        return result;
    }

    /** The secretariat, the regions by code, then the organisations by name. */
    private static final java.util.Comparator<Recipient> RECIPIENT_ORDER = java.util.Comparator.comparing(
                    Recipient::kind)
            .thenComparing(r -> r.region() == null ? "" : r.region().value())
            .thenComparing(Recipient::name);

    private Recipient recipient(ResultSet rs) throws SQLException {
        String key = key(rs);
        var party = parties.find(key)
                .orElse(new Party(key, key, Party.Kind.AUTHORITY, null, rs.getObject("organisation_id", UUID.class)));
        return new Recipient(
                key,
                party.name(),
                party.kind(),
                region(rs, "region_code"),
                rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("expected"),
                instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"),
                rs.getInt("reminders"),
                instant(rs, "last_reminded"));
    }

    private static String key(ResultSet rs) throws SQLException {
        String region = rs.getString("region_code");
        return region != null
                ? region
                : rs.getObject("organisation_id", UUID.class).toString();
    }

    private static Notice header(ResultSet rs, int row) throws SQLException {
        return new Notice(
                rs.getObject("id", UUID.class),
                rs.getString("subject"),
                rs.getString("body"),
                NoticePriority.valueOf(rs.getString("priority")),
                region(rs, "sender_region"),
                rs.getString("sent_by"),
                rs.getTimestamp("sent_at").toInstant(),
                rs.getBoolean("all_regions"),
                rs.getBoolean("acknowledgement_required"),
                instant(rs, "acknowledge_by"),
                List.of());
    }

    private static @Nullable String code(@Nullable RegionCode region) {
        return region == null ? null : region.value();
    }

    private static @Nullable RegionCode region(ResultSet rs, String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : RegionCode.of(code);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
