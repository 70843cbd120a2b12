package se.nspl;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the outbox's events whose listener failed, or whose node died before the listener
 * finished: Spring Modulith marks a publication failed when its listener throws, or when it has
 * been published or processing for longer than {@code spring.modulith.events.staleness.*} (5
 * minutes, application.yml). Once a minute one node ({@link ClusterSchedule}) resubmits them; each
 * publication is claimed by a conditional update (status to RESUBMITTED) before its listener runs,
 * so that two nodes resubmitting at the same moment still deliver it once. Republishing every
 * incomplete publication at start-up is off: with two nodes it would deliver again the events that
 * the other node is handling at that moment (docs/reliability.md, Two nodes).
 */
@Component
class EventRedelivery {

    private final FailedEventPublications failed;
    private final ClusterSchedule schedule;
    private final Duration interval;

    EventRedelivery(
            FailedEventPublications failed,
            ClusterSchedule schedule,
            @Value("${nspl.events.resubmission-interval:PT1M}") Duration interval) {
        this.failed = failed;
        this.schedule = schedule;
        this.interval = interval;
    }

    @Scheduled(
            fixedDelayString = "${nspl.events.resubmission-interval:PT1M}",
            initialDelayString = "${nspl.events.resubmission-interval:PT1M}")
    void resubmitFailed() {
        if (schedule.claim("events.resubmit-failed", interval)) {
            failed.resubmit(ResubmissionOptions.defaults());
        }
    }
}
