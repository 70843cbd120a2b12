package se.nspl.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.nspl.notification.Audience;
import se.nspl.notification.Notifications;
import se.nspl.organisation.Region;
import se.nspl.organisation.Regions;
import se.nspl.shared.RegionCode;

/**
 * Tells the regions concerned by a step, in the step's own transaction: a submitted request goes
 * to every other region and the secretariat (who might help); an offer and its withdrawal to the
 * requesting side; an acceptance or a decline to the offering region; a delivery to both; a
 * question to the requesting side and its answer to the secretariat; a cancellation or closure to
 * the regions that offered. Nobody is told of their own step.
 */
@Component
class SupportNotifier {

    private final SupportRequests requests;
    private final Regions regions;
    private final Notifications notifications;

    SupportNotifier(SupportRequests requests, Regions regions, Notifications notifications) {
        this.requests = requests;
        this.regions = regions;
        this.notifications = notifications;
    }

    @EventListener
    void on(SupportRequestChanged change) {
        var request = requests.find(change.request()).orElseThrow();
        var requester = request.isFromAnAuthority() ? Audience.secretariat() : Audience.of(request.requestingRegion());
        var offerer = change.offeringRegion() == null ? null : Audience.of(change.offeringRegion());
        var to = new LinkedHashSet<Audience>();
        switch (change.action()) {
            case SUBMIT -> {
                regions.all().stream().map(r -> Audience.of(r.code())).forEach(to::add);
                to.add(Audience.secretariat());
                to.remove(requester);
            }
            case REQUEST_INFORMATION, APPROVE, OFFER, WITHDRAW -> to.add(requester);
            case ANSWER -> to.add(Audience.secretariat());
            case ACCEPT, DECLINE -> to.add(offerer);
            case DELIVER -> {
                to.add(requester);
                to.add(offerer);
            }
            case UPDATE_TRANSPORT -> {
                to.add(requester);
                to.addAll(offering(request, Set.of(OfferState.ACCEPTED, OfferState.DELIVERED)));
            }
            case CANCEL, CLOSE -> {
                to.addAll(offering(request, Set.of(OfferState.OFFERED, OfferState.ACCEPTED, OfferState.DELIVERED)));
                if (request.workflow() == Workflow.FULL) {
                    to.add(Audience.secretariat());
                }
            }
            case CREATE, EDIT -> {
                // A draft is its author's own.
            }
        }
        to.remove(null);
        // Nobody is told of their own step.
        to.remove(change.actorRegion() == null ? Audience.secretariat() : Audience.of(change.actorRegion()));
        if (to.isEmpty()) {
            return;
        }
        var arguments = List.of(
                request.title(),
                request.isFromAnAuthority() ? request.requestingOrganisation() : name(request.requestingRegion()),
                change.offeringRegion() == null ? "" : name(change.offeringRegion()));
        notifications.send(
                to,
                new Notifications.Message(
                        "notification.support." + change.action(),
                        arguments,
                        "/support/" + request.id(),
                        "support-request",
                        request.id().toString()));
    }

    private String name(RegionCode region) {
        return regions.find(region).map(Region::name).orElse(region.value());
    }

    private static List<Audience> offering(SupportRequest request, Set<OfferState> states) {
        return request.offers().stream()
                .filter(o -> states.contains(o.state()))
                .map(o -> Audience.of(o.offeringRegion()))
                .toList();
    }
}
