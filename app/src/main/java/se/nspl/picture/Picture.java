package se.nspl.picture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import se.nspl.capacity.Preparedness;
import se.nspl.capacity.ReportingIntervals;
import se.nspl.capacity.StatusReports;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.Regions;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.CareLevel;

/**
 * The situational picture, now or at an earlier time. The picture now is added up from the view
 * that capacity events keep current ({@link UnitStates}), and kept for a second or until the view
 * changes on this node, so that many readers cost one sum; an earlier picture is added up from the
 * reports' history. While the database is unavailable, the last picture made is served, and
 * {@link #unavailableSince()} says so.
 */
@Service
@EnableConfigurationProperties(Thresholds.class)
public class Picture {

    /** How long a sum is served without asking the database whether another node changed it. */
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** How long a sum is served after a change on this node; dashboards are told later than this. */
    public static final Duration STALE_AFTER_CHANGE = Duration.ofMillis(200);

    private record Sum(NationalPicture picture, long version, Instant madeAt) {}

    private final UnitStates states;
    private final StatusReports reports;
    private final Regions regions;
    private final Hospitals hospitals;
    private final ReportingUnits units;
    private final Preparedness preparedness;
    private final PictureCalculator calculator;
    private final Thresholds thresholds;
    private final Clock clock;
    private final AtomicLong version = new AtomicLong();
    private final AtomicReference<Sum> latest = new AtomicReference<>();
    private final Object summing = new Object();
    /** When a sum last failed because the database was unavailable; null while it answers. */
    private volatile Instant unavailableAt;

    Picture(
            UnitStates states,
            StatusReports reports,
            Regions regions,
            Hospitals hospitals,
            ReportingUnits units,
            Preparedness preparedness,
            ReportingIntervals intervals,
            Thresholds thresholds,
            Clock clock) {
        this.states = states;
        this.reports = reports;
        this.regions = regions;
        this.hospitals = hospitals;
        this.units = units;
        this.preparedness = preparedness;
        this.calculator = new PictureCalculator(intervals, thresholds);
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /**
     * The picture now. A sum is served while nothing changed on this node and for at most a
     * second (changes on other nodes); after a change, for at most {@link #STALE_AFTER_CHANGE},
     * so that under a stream of reports many readers share one sum a few times a second instead
     * of each adding up its own. Dashboards are told of a change later than that
     * ({@code PictureStream}), so what they fetch then includes it.
     */
    public NationalPicture now() {
        var fresh = usable(latest.get());
        if (fresh != null) {
            return fresh;
        }
        synchronized (summing) {
            // whoever waited here while another summed takes that sum
            fresh = usable(latest.get());
            if (fresh != null) {
                return fresh;
            }
            long current = version.get();
            Instant madeAt = clock.instant();
            Instant asOf = madeAt.truncatedTo(ChronoUnit.SECONDS);
            NationalPicture picture;
            try {
                picture = calculator.compute(
                        asOf,
                        regions.all(),
                        hospitals.search("", Optional.empty()),
                        units.find(Optional.empty(), Optional.empty(), Optional.empty()),
                        states.all(),
                        preparedness.levelsAt(madeAt));
            } catch (DataAccessException e) {
                var last = latest.get();
                if (last == null) {
                    throw e;
                }
                unavailableAt = madeAt;
                return last.picture();
            }
            latest.set(new Sum(picture, current, madeAt));
            unavailableAt = null;
            return picture;
        }
    }

    /**
     * While the database is unavailable {@link #now()} serves the last picture it made, of its
     * {@code asOf}: then this is the time it last failed to make a newer one (the dashboard says
     * how old the picture is); empty while the picture is current.
     */
    public Optional<Instant> unavailableSince() {
        return Optional.ofNullable(unavailableAt);
    }

    private NationalPicture usable(Sum sum) {
        if (sum == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant failed = unavailableAt;
        if (failed != null && Duration.between(failed, now).compareTo(FRESH_FOR) < 0) {
            // the database failed less than a second ago: the last picture, without asking again
            return sum.picture();
        }
        boolean unchanged = sum.version() == version.get();
        Duration age = Duration.between(sum.madeAt(), now);
        boolean young = age.compareTo(unchanged ? FRESH_FOR : STALE_AFTER_CHANGE) < 0;
        return young ? sum.picture() : null;
    }

    /** The picture as the register knew it at {@code time}: reports received by then, corrections too. */
    public NationalPicture at(Instant time) {
        var unitStates = new HashMap<UUID, UnitState>();
        for (var report : reports.currentOfEveryUnitAt(time)) {
            var figures = new EnumMap<CareLevel, Figures>(CareLevel.class);
            report.status()
                    .levels()
                    .forEach((level, f) ->
                            figures.put(level, new Figures(f.staffed(), f.occupied(), f.surge24h(), f.reserve7d())));
            unitStates.put(
                    report.unitId(),
                    new UnitState(report.unitId(), report.status().observedAt(), figures));
        }
        return calculator.compute(
                time,
                regions.all(),
                hospitals.search("", Optional.empty()),
                units.find(Optional.empty(), Optional.empty(), Optional.empty()),
                unitStates,
                preparedness.levelsAt(time));
    }

    /** The picture at {@code time}, or now when no time is given. */
    public NationalPicture atOrNow(Instant time) {
        return time == null ? now() : at(time);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The view changed: the next reader sums again. */
    void changed() {
        version.incrementAndGet();
    }
}
