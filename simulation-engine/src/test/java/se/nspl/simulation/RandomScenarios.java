package se.nspl.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import se.nspl.simulation.Scenario.Event;
import se.nspl.simulation.Scenario.PlannedCare;
import se.nspl.simulation.Scenario.RegionSetup;
import se.nspl.simulation.Scenario.SurgeLevel;
import se.nspl.simulation.Scenario.Transfers;

/** Random scenarios from a seed, for the property tests: 1–6 regions, 1–3 levels, events, surge, transfers. */
final class RandomScenarios {

    static final List<String> LEVELS = List.of("ICU_VENT", "ICU", "WARD");

    private final SplittableRandom random;
    private final List<String> levels;

    RandomScenarios(long seed) {
        random = new SplittableRandom(seed);
        levels = LEVELS.subList(0, 1 + random.nextInt(3));
    }

    Scenario next(Mode mode, boolean surge, boolean transfers) {
        int regionCount = 1 + random.nextInt(6);
        var regions = new ArrayList<RegionSetup>();
        for (int r = 0; r < regionCount; r++) {
            regions.add(new RegionSetup(
                    String.format("%02d", r + 1),
                    perLevel(0, 60, true),
                    perLevel(0, 60, true),
                    perLevel(0, 12, false),
                    perLevel(0, 1, false),
                    surge
                            ? List.of(
                                    new SurgeLevel(
                                            "FORSTARKNING",
                                            0.7 + random.nextDouble(0.3),
                                            random.nextInt(4),
                                            perLevel(0, 20, true)),
                                    new SurgeLevel(
                                            "KATASTROF",
                                            0.9 + random.nextDouble(0.2),
                                            random.nextInt(6),
                                            perLevel(0, 30, true)))
                            : List.of()));
        }
        int days = 5 + random.nextInt(60);
        var events = new ArrayList<Event>();
        for (int e = random.nextInt(4); e > 0; e--) {
            String region = random.nextInt(4) == 0
                    ? "*"
                    : regions.get(random.nextInt(regionCount)).code();
            events.add(new Event(region, random.nextInt(days), 1 + random.nextInt(20), perLevel(0, 15, false)));
        }
        var care = new ArrayList<PlannedCare>();
        if (random.nextBoolean()) {
            care.add(new PlannedCare("*", random.nextInt(days), null, random.nextDouble()));
        }
        return new Scenario(
                "random",
                days,
                mode,
                random.nextLong(),
                20,
                perLevelLos(),
                regions,
                events,
                care,
                transfers ? new Transfers(true, perLevel(0, 30, true)) : Transfers.NONE);
    }

    private Map<String, Double> perLevelLos() {
        var map = new LinkedHashMap<String, Double>();
        levels.forEach(level -> map.put(level, 1 + random.nextDouble(12)));
        return map;
    }

    private Map<String, Double> perLevel(double min, double max, boolean whole) {
        var map = new LinkedHashMap<String, Double>();
        levels.forEach(level -> {
            double value = min + random.nextDouble() * (max - min);
            map.put(level, whole ? Math.floor(value) : value);
        });
        return map;
    }
}
