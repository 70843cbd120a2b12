package se.nspl.simulation.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.nspl.simulation.Mode;
import se.nspl.simulation.Scenario;
import se.nspl.simulation.Scenario.Event;
import se.nspl.simulation.Scenario.PlannedCare;
import se.nspl.simulation.Scenario.RegionSetup;
import se.nspl.simulation.Scenario.SurgeLevel;
import se.nspl.simulation.Scenario.Transfers;

/**
 * The benchmark's scenario: the 21 regions (län codes) with beds in proportion to a made-up size, three care levels,
 * 90 days, a mass-casualty event in Norrbotten and Stockholm, planned care halved everywhere from day 5, two surge
 * levels per region and transfers on: every part of the engine is used.
 */
public final class BenchScenario {

    static final List<String> CODES = List.of(
            "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22",
            "23", "24", "25");

    private BenchScenario() {}

    public static Scenario create(Mode mode, int replications) {
        var regions = new ArrayList<RegionSetup>();
        for (int i = 0; i < CODES.size(); i++) {
            double size = 1 + (i * 7 % 10) / 2.0; // 1 … 5.5
            regions.add(new RegionSetup(
                    CODES.get(i),
                    levels(4 * size, 6 * size, 300 * size),
                    levels(3 * size, 5 * size, 260 * size),
                    levels(0.4 * size, 1 * size, 55 * size),
                    levels(0.2, 0.2, 0.35),
                    List.of(
                            new SurgeLevel("FORSTARKNING", 0.85, 2, levels(2 * size, 3 * size, 40 * size)),
                            new SurgeLevel("KATASTROF", 0.95, 4, levels(4 * size, 6 * size, 80 * size)))));
        }
        return new Scenario(
                "Benchmark: 21 regions, 90 days",
                90,
                mode,
                42,
                replications,
                levels(10, 6, 5),
                regions,
                List.of(new Event("25", 3, 14, levels(8, 10, 60)), new Event("01", 10, 7, levels(10, 12, 120))),
                List.of(new PlannedCare("*", 5, null, 0.5)),
                new Transfers(true, levels(20, 20, 150)));
    }

    private static Map<String, Double> levels(double icuVent, double icu, double ward) {
        var map = new java.util.LinkedHashMap<String, Double>();
        map.put("ICU_VENT", Math.rint(icuVent));
        map.put("ICU", Math.rint(icu));
        map.put("WARD", Math.rint(ward));
        return map;
    }
}
