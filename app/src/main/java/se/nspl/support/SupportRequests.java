package se.nspl.support;

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
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/** Every support request with its items, offers and timeline. */
@Repository
class SupportRequests {

    /** What the board filters by; null means any. */
    record Filter(
            @Nullable SupportType type,
            @Nullable RegionCode region,
            @Nullable RequestState state,
            @Nullable RegionCode draftsOf,
            boolean allDrafts) {}

    private final JdbcClient jdbc;

    SupportRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SupportRequest> find(UUID id) {
        return jdbc.sql("select * from support_request where id = ?")
                .param(id)
                .query(this::header)
                .optional()
                .map(this::complete);
    }

    /**
     * The request, its row locked until the transaction ends: every change of a request and its
     * offers goes through here, so that two acceptances never both see the last open unit.
     */
    Optional<SupportRequest> lock(UUID id) {
        return jdbc.sql("select * from support_request where id = ? for update")
                .param(id)
                .query(this::header)
                .optional()
                .map(this::complete);
    }

    List<SupportRequest> list(Filter filter, int limit) {
        return jdbc
                .sql("""
                        select * from support_request
                        where (cast(:type as text) is null or type = :type)
                          and (cast(:region as text) is null or requesting_region = :region)
                          and (cast(:state as text) is null or state = :state)
                          and (state <> 'DRAFT' or :allDrafts or requesting_region = :draftsOf)
                        order by updated_at desc limit :limit""")
                .param("type", filter.type() == null ? null : filter.type().name())
                .param(
                        "region",
                        filter.region() == null ? null : filter.region().value())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("allDrafts", filter.allDrafts())
                .param(
                        "draftsOf",
                        filter.draftsOf() == null ? null : filter.draftsOf().value())
                .param("limit", limit)
                .query(this::header)
                .list()
                .stream()
                .map(this::complete)
                .toList();
    }

    void add(SupportRequest request) {
        jdbc.sql("""
                        insert into support_request (id, type, requesting_region, requesting_organisation, title,
                            description, urgency, needed_from, needed_until, workflow, state, commitment, transport,
                            fulfilment, version, created_at, created_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        request.id(),
                        request.type().name(),
                        request.requestingRegion() == null
                                ? null
                                : request.requestingRegion().value(),
                        request.requestingOrganisation(),
                        request.title(),
                        request.description(),
                        request.urgency().name(),
                        timestamp(request.neededFrom()),
                        timestamp(request.neededUntil()),
                        request.workflow() == null ? null : request.workflow().name(),
                        request.state().name(),
                        request.commitment().name(),
                        request.transport().name(),
                        request.fulfilment().name(),
                        request.version(),
                        timestamp(request.createdAt()),
                        request.createdBy(),
                        timestamp(request.updatedAt()))
                .update();
        addItems(request.id(), request.items());
    }

    /** Stores the request's changed fields and items; its version is the one it had plus one. */
    void update(SupportRequest request, boolean itemsChanged) {
        jdbc.sql("""
                        update support_request set type = ?, title = ?, description = ?, urgency = ?, needed_from = ?,
                            needed_until = ?, workflow = ?, state = ?, commitment = ?, transport = ?, fulfilment = ?,
                            version = ?, updated_at = ?
                        where id = ?""")
                .params(
                        request.type().name(),
                        request.title(),
                        request.description(),
                        request.urgency().name(),
                        timestamp(request.neededFrom()),
                        timestamp(request.neededUntil()),
                        request.workflow() == null ? null : request.workflow().name(),
                        request.state().name(),
                        request.commitment().name(),
                        request.transport().name(),
                        request.fulfilment().name(),
                        request.version(),
                        timestamp(request.updatedAt()),
                        request.id())
                .update();
        if (itemsChanged) {
            jdbc.sql("delete from support_request_item where request_id = ?")
                    .param(request.id())
                    .update();
            addItems(request.id(), request.items());
        }
    }

    void addOffer(Offer offer) {
        jdbc.sql("""
                        insert into support_offer (id, request_id, offering_region, state, comment, version,
                            created_at, created_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        offer.id(),
                        offer.request(),
                        offer.offeringRegion().value(),
                        offer.state().name(),
                        offer.comment(),
                        offer.version(),
                        timestamp(offer.createdAt()),
                        offer.createdBy(),
                        timestamp(offer.createdAt()))
                .update();
        for (var quantity : offer.items()) {
            jdbc.sql("insert into support_offer_item (offer_id, item_id, quantity) values (?, ?, ?)")
                    .params(offer.id(), quantity.item(), quantity.quantity())
                    .update();
        }
    }

    void changeOffer(UUID offer, OfferState state, Instant at) {
        jdbc.sql("update support_offer set state = ?, version = version + 1, updated_at = ? where id = ?")
                .params(state.name(), timestamp(at), offer)
                .update();
    }

    void record(UUID request, TimelineEntry entry) {
        jdbc.sql("""
                        insert into support_event (request_id, at, actor_name, actor_region, action, detail)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        request,
                        timestamp(entry.at()),
                        entry.actor(),
                        entry.actorRegion() == null ? null : entry.actorRegion().value(),
                        entry.action().name(),
                        entry.detail())
                .update();
    }

    List<TimelineEntry> timeline(UUID request) {
        return jdbc.sql("select * from support_event where request_id = ? order by id")
                .param(request)
                .query((rs, row) -> new TimelineEntry(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor_name"),
                        region(rs, "actor_region"),
                        SupportAction.valueOf(rs.getString("action")),
                        rs.getString("detail")))
                .list();
    }

    private void addItems(UUID request, List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            jdbc.sql("""
                            insert into support_request_item (id, request_id, position, care_level, kind, quantity)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            item.id(),
                            request,
                            i,
                            item.careLevel() == null ? null : item.careLevel().name(),
                            item.kind(),
                            item.quantity())
                    .update();
        }
    }

    private SupportRequest complete(SupportRequest header) {
        var items = jdbc.sql("select * from support_request_item where request_id = ? order by position")
                .param(header.id())
                .query((rs, row) -> new Item(
                        rs.getObject("id", UUID.class),
                        rs.getString("care_level") == null ? null : CareLevel.valueOf(rs.getString("care_level")),
                        rs.getString("kind"),
                        rs.getInt("quantity")))
                .list();
        var quantities = new HashMap<UUID, List<Offer.Quantity>>();
        jdbc.sql("""
                        select oi.* from support_offer_item oi join support_offer o on o.id = oi.offer_id
                        join support_request_item i on i.id = oi.item_id
                        where o.request_id = ? order by i.position""").param(header.id()).query(rs -> {
            quantities
                    .computeIfAbsent(rs.getObject("offer_id", UUID.class), k -> new ArrayList<>())
                    .add(new Offer.Quantity(rs.getObject("item_id", UUID.class), rs.getInt("quantity")));
        });
        var offers = jdbc.sql("select * from support_offer where request_id = ? order by created_at, id")
                .param(header.id())
                .query((rs, row) -> offer(rs, quantities))
                .list();
        return header.with(items, offers);
    }

    private Offer offer(ResultSet rs, Map<UUID, List<Offer.Quantity>> quantities) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        return new Offer(
                id,
                rs.getObject("request_id", UUID.class),
                RegionCode.of(rs.getString("offering_region")),
                OfferState.valueOf(rs.getString("state")),
                quantities.getOrDefault(id, List.of()),
                rs.getString("comment"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    private SupportRequest header(ResultSet rs, int row) throws SQLException {
        String workflow = rs.getString("workflow");
        return new SupportRequest(
                rs.getObject("id", UUID.class),
                SupportType.valueOf(rs.getString("type")),
                region(rs, "requesting_region"),
                rs.getString("requesting_organisation"),
                rs.getString("title"),
                rs.getString("description"),
                Urgency.valueOf(rs.getString("urgency")),
                instant(rs, "needed_from"),
                instant(rs, "needed_until"),
                workflow == null ? null : Workflow.valueOf(workflow),
                RequestState.valueOf(rs.getString("state")),
                Extent.valueOf(rs.getString("commitment")),
                Transport.valueOf(rs.getString("transport")),
                Extent.valueOf(rs.getString("fulfilment")),
                List.of(),
                List.of(),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant());
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
