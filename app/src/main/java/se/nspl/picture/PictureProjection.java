package se.nspl.picture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
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

    /** The unit's view becomes its current report, whichever report the event is about. */
    @ApplicationModuleListener
    void on(StatusReportAccepted accepted) {
        var unit = units.find(accepted.unitId());
        if (unit.isEmpty()) {
            return;
        }
        states.lock(unit.get().id());
        reports.current(unit.get().id()).ifPresent(report -> states.replace(unit.get(), report));
        alerts.checkLights(unit.get().region());
        announceAfterCommit(unit.get().region());
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
                events.publishEvent(new PictureChanged(region));
            }
        });
    }
}
