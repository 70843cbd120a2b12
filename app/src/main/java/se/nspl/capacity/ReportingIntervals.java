package se.nspl.capacity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often units are expected to report, by their region's preparedness level; configurable as
 * {@code nspl.capacity.reporting-interval.FORSTARKNINGSLAGE=2h}. Defaults in {@link PreparednessLevel}.
 */
@ConfigurationProperties("nspl.capacity")
public record ReportingIntervals(Map<PreparednessLevel, Duration> reportingInterval) {

    public ReportingIntervals {
        var intervals = new EnumMap<PreparednessLevel, Duration>(PreparednessLevel.class);
        for (var level : PreparednessLevel.values()) {
            intervals.put(level, level.defaultReportingInterval());
        }
        if (reportingInterval != null) {
            intervals.putAll(reportingInterval);
        }
        reportingInterval = Map.copyOf(intervals);
    }

    public Duration at(PreparednessLevel level) {
        return reportingInterval.get(level);
    }
}
