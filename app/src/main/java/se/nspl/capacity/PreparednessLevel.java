package se.nspl.capacity;

import java.time.Duration;

/**
 * A region's preparedness level, set by its regional coordinator. It also sets how often units
 * are expected to report (DOMAIN.md: more often when the pressure is higher).
 */
public enum PreparednessLevel {
    NORMALLAGE(Duration.ofHours(24)),
    STABSLAGE(Duration.ofHours(24)),
    FORSTARKNINGSLAGE(Duration.ofHours(4)),
    KATASTROFLAGE(Duration.ofHours(4));

    private final Duration defaultReportingInterval;

    PreparednessLevel(Duration defaultReportingInterval) {
        this.defaultReportingInterval = defaultReportingInterval;
    }

    public Duration defaultReportingInterval() {
        return defaultReportingInterval;
    }
}
