package se.nspl.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario of the contract: the state of every region before day 0, what happens (events), the levers (planned care
 * postponed, surge levels, transfers) and how to simulate it. The care levels are the keys of {@code losDays}, in
 * their order. Built by {@link ScenarioReader}, which checks every rule; the constructor only copies.
 */
public record Scenario(
        String name,
        int days,
        Mode mode,
        long seed,
        int replications,
        Map<String, Double> losDays,
        List<RegionSetup> regions,
        List<Event> events,
        List<PlannedCare> plannedCare,
        Transfers transfers) {

    /** The code of the national rows in the output. */
    public static final String NATIONAL = "SE";

    /** The region of an event or a planned-care reduction that applies to every region. */
    public static final String EVERY_REGION = "*";

    public Scenario {
        losDays = ordered(losDays);
        regions = List.copyOf(regions);
        events = List.copyOf(events);
        plannedCare = List.copyOf(plannedCare);
    }

    /** The care levels, in the order of {@code losDays}. */
    public List<String> levels() {
        return List.copyOf(losDays.keySet());
    }

    public Optional<RegionSetup> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    static Map<String, Double> ordered(Map<String, Double> values) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A region's beds and patients before day 0, its usual arrivals and its surge levels, lowest first. */
    public record RegionSetup(
            String code,
            Map<String, Double> beds,
            Map<String, Double> occupied,
            Map<String, Double> baselineArrivals,
            Map<String, Double> electiveShare,
            List<SurgeLevel> surge) {

        public RegionSetup {
            beds = ordered(beds);
            occupied = ordered(occupied);
            baselineArrivals = ordered(baselineArrivals);
            electiveShare = ordered(electiveShare);
            surge = List.copyOf(surge);
        }
    }

    /**
     * A surge level (e.g. förstärkningsläge): reached when a level's occupancy at the end of a day is at least
     * {@code atOccupancy} of its capacity; its extra beds open {@code delayDays} days later (at least the next day).
     */
    public record SurgeLevel(String level, double atOccupancy, int delayDays, Map<String, Double> extraBeds) {

        public SurgeLevel {
            extraBeds = ordered(extraBeds);
        }
    }

    /** Extra arrivals per day in a region (or every region, {@code "*"}) from {@code startDay} for {@code days} days. */
    public record Event(String region, int startDay, int days, Map<String, Double> arrivalsPerDay) {

        public Event {
            arrivalsPerDay = ordered(arrivalsPerDay);
        }
    }

    /**
     * Planned care postponed in a region (or every region, {@code "*"}): from {@code fromDay}, for {@code days} days
     * or to the end when null, the share {@code reduction} of the elective arrivals is postponed.
     */
    public record PlannedCare(String region, int fromDay, Integer days, double reduction) {

        boolean covers(String code, int day) {
            boolean region = this.region.equals(EVERY_REGION) || this.region.equals(code);
            return region && day >= fromDay && (days == null || day < fromDay + days);
        }
    }

    /** Moving overflow to regions with room, at most {@code maxPerDay} patients of a level nationally per day. */
    public record Transfers(boolean enabled, Map<String, Double> maxPerDay) {

        public static final Transfers NONE = new Transfers(false, Map.of());

        public Transfers {
            maxPerDay = ordered(maxPerDay);
        }
    }
}
