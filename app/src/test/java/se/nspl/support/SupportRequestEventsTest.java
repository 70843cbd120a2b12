package se.nspl.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.audit.AuditEntry;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

@RecordApplicationEvents
class SupportRequestEventsTest extends ApiTest {

    static final RegionCode NORRBOTTEN = RegionCode.of("25");
    static final RegionCode VASTERBOTTEN = RegionCode.of("24");

    @Autowired
    SupportDesk desk;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AuditTrail audit;

    @Test
    void everyStepIsPublishedAndAudited() {
        var requester = coordinator(TestAccounts.NORRBOTTEN, NORRBOTTEN);
        var offerer = coordinator(TestAccounts.VASTERBOTTEN, VASTERBOTTEN);
        var request = desk.create(
                new SupportDesk.RequestDraft(
                        SupportType.PATIENT_TRANSFER,
                        NORRBOTTEN,
                        null,
                        "Take 2 ICU patients",
                        null,
                        Urgency.IMMEDIATE,
                        null,
                        null,
                        null,
                        List.of(new SupportDesk.ItemDraft(CareLevel.ICU, null, 2))),
                requester);
        desk.submit(request.id(), requester);
        var item = request.items().get(0).id();
        var offer = desk.offer(
                request.id(),
                new SupportDesk.OfferDraft(VASTERBOTTEN, List.of(new Offer.Quantity(item, 2)), null),
                offerer);
        desk.accept(request.id(), offer.id(), requester);

        var published = events.stream(SupportRequestChanged.class)
                .filter(e -> e.request().equals(request.id()))
                .toList();

        assertThat(published)
                .extracting(SupportRequestChanged::action)
                .containsExactly(SupportAction.CREATE, SupportAction.SUBMIT, SupportAction.OFFER, SupportAction.ACCEPT);
        var accepted = published.get(3);
        assertThat(accepted.offer()).isEqualTo(offer.id());
        assertThat(accepted.offeringRegion()).isEqualTo(VASTERBOTTEN);
        assertThat(accepted.requestingRegion()).isEqualTo(NORRBOTTEN);
        assertThat(accepted.actor()).isEqualTo(TestAccounts.NORRBOTTEN);

        assertThat(audit.about("support-request", request.id().toString()))
                .extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::actorRegion)
                .containsExactly(
                        tuple("support.CREATE", TestAccounts.NORRBOTTEN, NORRBOTTEN),
                        tuple("support.SUBMIT", TestAccounts.NORRBOTTEN, NORRBOTTEN),
                        tuple("support.OFFER", TestAccounts.VASTERBOTTEN, VASTERBOTTEN),
                        tuple("support.ACCEPT", TestAccounts.NORRBOTTEN, NORRBOTTEN));
    }

    private static Actor coordinator(String name, RegionCode region) {
        return new Actor(UUID.randomUUID(), name, Role.REGION_COORDINATOR, Optional.of(region), Set.of());
    }
}
