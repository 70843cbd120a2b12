package se.nspl.picture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Keeps the picture's view current: in the transaction that accepts a report, so that the view
 * holds exactly the committed reports (it can neither lag behind nor lose one, and a report
 * costs one more statement, not a second transaction); rebuilt from the reports at start-up.
 * Dashboards are told, and alerts looked for, after commit.
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
    private final AtomicReference<Instant> latestSeen = new AtomicReference<>();

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
     * observation and receipt, which the event's figures give without a query. A correction,
     * which may have moved a report's time, reads the current report instead.
     */
    @EventListener
    void on(StatusReportAccepted accepted) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            states.upsertUnlessOlder(List.of(accepted));
            return;
        }
        var pending = pending();
        if (accepted.corrects().isPresent()) {
            pending.flush();
            states.lock(accepted.unitId());
            var unit = units.find(accepted.unitId());
            unit.flatMap(u -> reports.current(u.id())).ifPresent(report -> states.replace(unit.get(), report));
        } else {
            // a region's upload accepts thousands: their upserts go to the database as one statement
            pending.upserts.add(accepted);
        }
        pending.regions.add(accepted.region());
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

    /**
     * Notices reports that other nodes accepted: their dashboards were told there, this node's
     * are told here, within a second or so. (Preparedness changes of other nodes show with the
     * next sum, at most a second later, but tell no dashboard.)
     */
    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT5S")
    void noticeOtherNodes() {
        var latest = states.latestReceipt();
        var seen = latestSeen.getAndSet(latest);
        if (seen != null && latest.isAfter(seen)) {
            picture.changed();
            events.publishEvent(new PictureChanged(null));
        }
    }

    @EventListener
    void on(PreparednessLevelChanged change) {
        alerts.preparednessChanged(change);
        pending().regions.add(change.region());
    }

    /** Rebuilds the whole view from the reports, once per start and one node at a time. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void rebuild() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('picture_rebuild', 7))")
                .query(Object.class)
                .list();
        var current = reports.currentOfEveryUnit();
        states.replaceAll(units.find(Optional.empty(), Optional.empty(), Optional.empty()), current);
        log.info("Situational picture rebuilt from {} current reports", current.size());
        pending();
    }

    /** What the transaction changed: the upserts still to send, the regions to announce. */
    private final class Pending {
        final Set<RegionCode> regions = new HashSet<>();
        final List<StatusReportAccepted> upserts = new ArrayList<>();

        void flush() {
            if (!upserts.isEmpty()) {
                states.upsertUnlessOlder(upserts);
                upserts.clear();
            }
        }
    }

    /**
     * The transaction's changes, registered once per transaction however many reports it accepted
     * (an upload has many): before commit the view's upserts are sent, in the order accepted; after
     * commit the cached sum is dropped, the regions are queued for the alert check and dashboards told.
     */
    private Pending pending() {
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending != null) {
            return pending;
        }
        var created = new Pending();
        TransactionSynchronizationManager.bindResource(this, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                created.flush();
            }

            @Override
            public void afterCommit() {
                picture.changed();
                changedRegions.addAll(created.regions);
                events.publishEvent(new PictureChanged(
                        created.regions.size() == 1 ? created.regions.iterator().next() : null));
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResource(PictureProjection.this);
            }
        });
        return created;
    }
}
