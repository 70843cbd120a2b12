package se.nspl.picture;

import java.util.HashSet;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.nspl.capacity.PreparednessLevelChanged;
import se.nspl.capacity.StatusReportAccepted;
import se.nspl.capacity.StatusReports;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.RegionCode;

/**
 * Keeps the picture's view current from capacity's events (delivered through the outbox, so at
 * least once: handling one twice gives the same view), and rebuilds it at start-up from the
 * reports themselves.
 */
@Component
class PictureProjection {

    private static final Logger log = LoggerFactory.getLogger(PictureProjection.class);

    private final UnitStates states;
    private final StatusReports reports;
    private final ReportingUnits units;
    private final Alerts alerts;
    private final Picture picture;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Queue<RegionCode> changedRegions = new ConcurrentLinkedQueue<>();

    PictureProjection(
            UnitStates states,
            StatusReports reports,
            ReportingUnits units,
            Alerts alerts,
            Picture picture,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.states = states;
        this.reports = reports;
        this.units = units;
        this.alerts = alerts;
        this.picture = picture;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * The unit's view becomes the accepted report if it is the unit's current one: the latest by
     * observation and receipt, which the event's figures give without a query; a correction,
     * which may have moved a report's time, reads the current report instead.
     */
    @ApplicationModuleListener
    void on(StatusReportAccepted accepted) {
        states.lock(accepted.unitId());
        boolean changed;
        if (accepted.corrects().isPresent()) {
            var unit = units.find(accepted.unitId());
            var current = unit.flatMap(u -> reports.current(u.id()));
            current.ifPresent(report -> states.replace(unit.get(), report));
            changed = current.isPresent();
        } else {
            changed = states.replaceIfNotOlder(accepted);
        }
        if (changed) {
            announceAfterCommit(accepted.region());
        }
    }

    /**
     * Compares the lights of the regions that changed since the last look, once a second rather
     * than once a report: a burst of reports from a region raises one alert, not one each.
     */
    @Scheduled(fixedDelayString = "PT1S")
    void raiseAlerts() {
        var regions = new HashSet<RegionCode>();
        for (var region = changedRegions.poll(); region != null; region = changedRegions.poll()) {
            regions.add(region);
        }
        if (!regions.isEmpty()) {
            alerts.checkLights(regions);
        }
    }

    @ApplicationModuleListener
    void on(PreparednessLevelChanged change) {
        alerts.preparednessChanged(change);
        announceAfterCommit(change.region());
    }

    /** Rebuilds the whole view from the reports, once per start and one node at a time. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void rebuild() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('picture_rebuild', 7))")
                .query(Object.class)
                .list();
        var current = reports.currentOfEveryUnit();
        states.replaceAll(
                units.find(java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()),
                current);
        log.info("Situational picture rebuilt from {} current reports", current.size());
        announceAfterCommit(null);
    }

    private void announceAfterCommit(RegionCode region) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                picture.changed();
                if (region != null) {
                    changedRegions.add(region);
                }
                events.publishEvent(new PictureChanged(region));
            }
        });
    }
}
