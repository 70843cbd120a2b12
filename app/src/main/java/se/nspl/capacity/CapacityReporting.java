package se.nspl.capacity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.ReportingUnits;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.TimeOrderedIds;

/** Accepting units' status reports and their corrections. */
@Service
public class CapacityReporting {

    /** How long after the fact a report may be corrected (DOMAIN.md). */
    static final Duration CORRECTION_WINDOW = Duration.ofDays(14);

    /** A report as accepted, and whether it was accepted just now or earlier under the same key. */
    public record Accepted(StatusReport report, boolean replayed) {}

    /** The same Idempotency-Key was used before for a different report. */
    public static class IdempotencyKeyReusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IdempotencyKeyReusedException(String key) {
            super("The Idempotency-Key '" + key + "' was used before with a different report");
        }
    }

    private final StatusReports reports;
    private final ReportingUnits units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CapacityReporting(StatusReports reports, ReportingUnits units, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Accepts a unit's status. With an idempotency key, a retry of the same report returns the
     * report accepted the first time, and nothing is stored twice.
     */
    @Transactional
    public Accepted report(UUID unitId, UnitStatus status, Optional<String> idempotencyKey, Actor actor) {
        var unit = reportableUnit(unitId, actor);
        // the body's hash tells a retry from a reuse of the key: without a key there is nothing to tell
        byte[] hash = idempotencyKey.isPresent() ? hash(status.canonical() + "|unit=" + unitId) : null;
        var report = accept(unit, status, Optional.empty(), actor);
        // stored first, looked up only when the key was used before: only a retry costs a second
        // statement, and of two concurrent retries the second waits for the first, then replays it
        if (!reports.add(report, actor.id(), idempotencyKey, hash)) {
            String key = idempotencyKey.orElseThrow();
            var earlier = reports.byIdempotencyKey(actor.id(), key).orElseThrow();
            if (!Arrays.equals(reports.bodyHash(earlier.id()).orElse(null), hash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return new Accepted(earlier, true);
        }
        publish(report, unit.hospitalId());
        return new Accepted(report, false);
    }

    /**
     * Corrects a report within 14 days of its observation: the correction is a new report, the
     * corrected one stays in the history, superseded. {@code expectedVersion} is the version of
     * the corrected report that the corrector read.
     */
    @Transactional
    public StatusReport correct(UUID reportId, long expectedVersion, UnitStatus status, Actor actor) {
        var original = reports.find(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        var unit = reportableUnit(original.unitId(), actor);
        if (original.status().observedAt().isBefore(clock.instant().minus(CORRECTION_WINDOW))) {
            throw new InvalidInputException("reportId", "reports older than 14 days can no longer be corrected");
        }
        var corrected = status.observedAt() == null
                ? status.observedAt(original.status().observedAt())
                : status;
        var correction = accept(unit, corrected, Optional.of(original.id()), actor);
        reports.add(correction, actor.id(), Optional.empty(), null);
        reports.supersede(original.id(), expectedVersion, correction.id());
        publish(correction, unit.hospitalId());
        return correction;
    }

    /** What accepting the status would mean: the report it would replace and the warnings it would raise. */
    public record Preview(Optional<StatusReport> previous, UnitStatus status, List<String> warnings) {}

    /** Checks a status without storing it, so a person sees what changes before saving. */
    @Transactional(readOnly = true)
    public Preview preview(UUID unitId, UnitStatus status, Actor actor) {
        var unit = reportableUnit(unitId, actor);
        var report = accept(unit, status, Optional.empty(), actor);
        return new Preview(reports.current(unitId), report.status(), report.warnings());
    }

    /** One unit's status from a line of a region's upload. */
    public record UploadedStatus(int line, UUID unitId, UnitStatus status) {}

    /** The most units one upload may report. */
    public static final int MAX_UPLOAD = 5000;

    /**
     * Accepts a region's upload, one status per unit, all or nothing: when any line breaks a rule
     * (or could not be read: {@code readErrors}), every broken rule is reported as
     * {@code line N: field}, in line order, and nothing is stored.
     */
    @Transactional
    public List<StatusReport> reportAll(
            RegionCode region, List<UploadedStatus> upload, List<FieldError> readErrors, Actor actor) {
        if (upload.size() + readErrors.size() == 0 || upload.size() > MAX_UPLOAD) {
            throw new InvalidInputException(List.of(FieldError.coded(
                    "body", "upload.size", "upload 1 to " + MAX_UPLOAD + " units, one line each", MAX_UPLOAD)));
        }
        // a few statements per upload, not per line: the region's units and their current reports
        // are read at once, checked in memory, and the reports stored in one batch
        var ofRegion = new HashMap<UUID, ReportingUnit>();
        units.find(Optional.of(region), Optional.empty(), Optional.empty()).forEach(u -> ofRegion.put(u.id(), u));
        var previous = reports.currentLevelsOf(upload.stream()
                .map(UploadedStatus::unitId)
                .filter(ofRegion::containsKey)
                .distinct()
                .toList());
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var errors = new ArrayList<>(readErrors);
        var accepted = new ArrayList<StatusReport>();
        var hospitalOf = new HashMap<UUID, UUID>();
        for (var line : upload) {
            String at = "line " + line.line() + ": ";
            var unit = ofRegion.get(line.unitId());
            if (unit == null) {
                errors.add(FieldError.coded(
                        at + "unitId", "upload.unit.unknown", "no unit of region " + region + " has this id", region));
                continue;
            }
            if (hospitalOf.putIfAbsent(line.unitId(), unit.hospitalId()) != null) {
                errors.add(
                        FieldError.coded(at + "unitId", "upload.unit.repeated", "the unit is on an earlier line too"));
                continue;
            }
            try {
                mayReport(unit, actor);
                accepted.add(accept(
                        unit,
                        line.status(),
                        Optional.ofNullable(previous.get(unit.id())),
                        Optional.empty(),
                        actor,
                        now));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.add(error.at(at)));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(CapacityReporting::lineOf));
            throw new InvalidInputException(errors);
        }
        reports.addAll(accepted, actor.id());
        for (var report : accepted) {
            publish(report, hospitalOf.get(report.unitId()));
        }
        return accepted;
    }

    private static int lineOf(FieldError error) {
        var matcher = LINE.matcher(error.field());
        return matcher.lookingAt() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static final Pattern LINE = Pattern.compile("line (\\d+): ");

    /** The care levels a unit of this kind reports. */
    public static Set<CareLevel> levelsReportedBy(UnitKind kind) {
        return StatusRules.levelsOf(kind);
    }

    public List<StatusReport> history(UUID unitId, int limit) {
        if (units.find(unitId).isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        return reports.history(unitId, Math.max(1, Math.min(limit, 500)));
    }

    private StatusReport accept(ReportingUnit unit, UnitStatus status, Optional<UUID> corrects, Actor actor) {
        var previous = reports.current(unit.id())
                .filter(p -> corrects.map(id -> !id.equals(p.id())).orElse(true));
        // PostgreSQL keeps microseconds: what is answered now is what is read back later
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return accept(unit, status, previous.map(p -> p.status().levels()), corrects, actor, now);
    }

    /** The report the status makes against the unit's previous one, checked against every rule. */
    private static StatusReport accept(
            ReportingUnit unit,
            UnitStatus status,
            Optional<Map<CareLevel, LevelFigures>> previousLevels,
            Optional<UUID> corrects,
            Actor actor,
            Instant now) {
        var errors = StatusRules.check(status, unit.kind(), now);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var observed = status.observedAt(
                status.observedAt() == null ? now : status.observedAt().truncatedTo(ChronoUnit.MICROS));
        var warnings = previousLevels
                .map(levels -> PlausibilityWarnings.between(levels, observed))
                .orElse(List.of());
        return new StatusReport(
                TimeOrderedIds.at(now),
                unit.id(),
                unit.region(),
                observed,
                now,
                actor.name(),
                corrects,
                Optional.empty(),
                0,
                warnings);
    }

    private ReportingUnit reportableUnit(UUID unitId, Actor actor) {
        var unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        mayReport(unit, actor);
        return unit;
    }

    /** Forbidden for another's unit; refused (a field error) for an inactive one. */
    private static void mayReport(ReportingUnit unit, Actor actor) {
        if (!ReportingPermissions.mayReportFor(actor, unit)) {
            throw new ForbiddenException("you may not report for unit " + unit.id() + " of region " + unit.region());
        }
        if (!unit.active()) {
            throw new InvalidInputException(
                    "unitId", "the unit is inactive; an administrator or the region can reactivate it");
        }
    }

    private void publish(StatusReport report, UUID hospitalId) {
        events.publishEvent(new StatusReportAccepted(
                report.id(),
                report.unitId(),
                hospitalId,
                report.region(),
                report.status().observedAt(),
                report.receivedAt(),
                report.status().levels(),
                report.corrects()));
    }

    private static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
