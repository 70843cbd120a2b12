package se.nspl.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.nspl.organisation.Party;
import se.nspl.shared.RegionCode;
import se.nspl.shared.StaleVersionException;

/** The saved contact cards with their roles, keyed by party. */
@Repository
class ContactCards {

    /** A card's stored fields. */
    record Stored(
            UUID id,
            String party,
            @Nullable String dutyPhone,
            @Nullable String mailbox,
            List<RoleContact> roles,
            Instant updatedAt,
            String updatedBy,
            @Nullable Instant verifiedAt,
            @Nullable String verifiedBy,
            long version) {}

    private final JdbcClient jdbc;

    ContactCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every saved card by party key, in two statements. */
    Map<String, Stored> all() {
        var roles = new HashMap<UUID, List<RoleContact>>();
        jdbc.sql("select * from contact_role order by card_id, position").query((ResultSet rs) -> {
            roles.computeIfAbsent(rs.getObject("card_id", UUID.class), k -> new ArrayList<>())
                    .add(role(rs));
        });
        var cards = new HashMap<String, Stored>();
        jdbc.sql("select * from contact_card").query((ResultSet rs) -> {
            var card = card(rs, roles.getOrDefault(rs.getObject("id", UUID.class), List.of()));
            cards.put(card.party(), card);
        });
        return cards;
    }

    Optional<Stored> find(Party party) {
        return jdbc.sql("select * from contact_card where region_code = ? or organisation_id = ?")
                .params(code(party.region()), party.organisation())
                .query((rs, row) -> card(rs, roles(rs.getObject("id", UUID.class))))
                .optional();
    }

    /** Saves the card as the next version of {@code expectedVersion} (0: a card not yet saved). */
    void save(
            Party party,
            long expectedVersion,
            @Nullable String dutyPhone,
            @Nullable String mailbox,
            List<RoleContact> roles,
            String by,
            Instant at) {
        UUID id;
        if (expectedVersion == 0) {
            id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                            insert into contact_card (id, region_code, organisation_id, duty_phone, mailbox, version,
                                                      updated_at, updated_by, verified_at, verified_by)
                            values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?) on conflict do nothing""")
                    .params(
                            id,
                            code(party.region()),
                            party.organisation(),
                            dutyPhone,
                            mailbox,
                            Timestamp.from(at),
                            by,
                            Timestamp.from(at),
                            by)
                    .update();
            if (inserted == 0) {
                throw new StaleVersionException("contact card", party.key(), expectedVersion);
            }
        } else {
            id = jdbc.sql("""
                            update contact_card set duty_phone = ?, mailbox = ?, version = version + 1,
                                                    updated_at = ?, updated_by = ?, verified_at = ?, verified_by = ?
                            where (region_code = ? or organisation_id = ?) and version = ? returning id""")
                    .params(
                            dutyPhone,
                            mailbox,
                            Timestamp.from(at),
                            by,
                            Timestamp.from(at),
                            by,
                            code(party.region()),
                            party.organisation(),
                            expectedVersion)
                    .query(UUID.class)
                    .optional()
                    .orElseThrow(() -> new StaleVersionException("contact card", party.key(), expectedVersion));
            jdbc.sql("delete from contact_role where card_id = ?").param(id).update();
        }
        for (int i = 0; i < roles.size(); i++) {
            var role = roles.get(i);
            jdbc.sql("insert into contact_role (card_id, position, title, name, phone) values (?, ?, ?, ?, ?)")
                    .params(id, i, role.title(), role.name(), role.phone())
                    .update();
        }
    }

    /** Records that the card was confirmed as it is; false when its version has moved on. */
    boolean verify(Party party, long expectedVersion, String by, Instant at) {
        return jdbc.sql("""
                                update contact_card set verified_at = ?, verified_by = ?, version = version + 1
                                where (region_code = ? or organisation_id = ?) and version = ?""")
                        .params(Timestamp.from(at), by, code(party.region()), party.organisation(), expectedVersion)
                        .update()
                == 1;
    }

    private List<RoleContact> roles(UUID card) {
        return jdbc.sql("select * from contact_role where card_id = ? order by position")
                .param(card)
                .query((rs, row) -> role(rs))
                .list();
    }

    private static RoleContact role(ResultSet rs) throws SQLException {
        return new RoleContact(rs.getString("title"), rs.getString("name"), rs.getString("phone"));
    }

    private static Stored card(ResultSet rs, List<RoleContact> roles) throws SQLException {
        String region = rs.getString("region_code");
        var verifiedAt = rs.getTimestamp("verified_at");
        return new Stored(
                rs.getObject("id", UUID.class),
                region != null
                        ? region
                        : rs.getObject("organisation_id", UUID.class).toString(),
                rs.getString("duty_phone"),
                rs.getString("mailbox"),
                roles,
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                verifiedAt == null ? null : verifiedAt.toInstant(),
                rs.getString("verified_by"),
                rs.getLong("version"));
    }

    private static @Nullable String code(@Nullable RegionCode region) {
        return region == null ? null : region.value();
    }
}
