package se.nspl.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.nspl.picture.LevelPicture;
import se.nspl.picture.NationalPicture;
import se.nspl.picture.RegionPicture;
import se.nspl.shared.CareLevel;
import se.nspl.simulation.Mode;
import se.nspl.simulation.Scenario;
import se.nspl.simulation.Scenario.RegionSetup;
import se.nspl.simulation.Scenario.SurgeLevel;
import se.nspl.simulation.Scenario.Transfers;

/**
 * A scenario that starts from today's picture: every region's staffed and occupied beds as the
 * units last reported them, in three care levels (ICU_VENT, ICU and WARD, which adds up every kind
 * of ward). What the picture does not know is a default to edit: lengths of stay, elective shares,
 * and baseline arrivals that keep today's occupancy steady (occupied ÷ length of stay, Little's
 * law). The surge levels come from the reports too: förstärkningsläge opens the beds the units can
 * add within 24 hours, katastrofläge those within 7 days.
 */
public final class PictureScenario {

    public static final List<String> LEVELS = List.of("ICU_VENT", "ICU", "WARD");
    static final Map<String, Double> LENGTH_OF_STAY = levels(10, 6, 5);
    static final Map<String, Double> ELECTIVE_SHARE = levels(0.2, 0.2, 0.35);
    static final Map<String, Double> TRANSFERS_PER_DAY = levels(20, 20, 150);

    private PictureScenario() {}

    public static Scenario of(NationalPicture picture, String name, int days) {
        var regions = new ArrayList<RegionSetup>();
        for (RegionPicture region : picture.regions()) {
            Map<String, Double> beds = new LinkedHashMap<>();
            Map<String, Double> occupied = new LinkedHashMap<>();
            Map<String, Double> arrivals = new LinkedHashMap<>();
            Map<String, Double> surge24h = new LinkedHashMap<>();
            Map<String, Double> reserve7d = new LinkedHashMap<>();
            for (String level : LEVELS) {
                var sum = sum(region, level);
                beds.put(level, (double) sum.staffed());
                occupied.put(level, (double) sum.occupied());
                arrivals.put(level, Math.round(1000.0 * sum.occupied() / LENGTH_OF_STAY.get(level)) / 1000.0);
                surge24h.put(level, (double) sum.surge24h());
                reserve7d.put(level, (double) sum.reserve7d());
            }
            regions.add(new RegionSetup(
                    region.code().value(),
                    beds,
                    occupied,
                    arrivals,
                    ELECTIVE_SHARE,
                    List.of(
                            new SurgeLevel("FORSTARKNING", 0.85, 1, surge24h),
                            new SurgeLevel("KATASTROF", 0.95, 7, reserve7d))));
        }
        return new Scenario(
                name,
                days,
                Mode.DETERMINISTIC,
                1,
                200,
                LENGTH_OF_STAY,
                regions,
                List.of(),
                List.of(),
                new Transfers(false, TRANSFERS_PER_DAY));
    }

    private record Beds(int staffed, int occupied, int surge24h, int reserve7d) {}

    private static Beds sum(RegionPicture region, String level) {
        int staffed = 0;
        int occupied = 0;
        int surge = 0;
        int reserve = 0;
        for (LevelPicture figures : region.levels()) {
            if (scenarioLevel(figures.level()).equals(level)) {
                staffed += figures.staffed();
                occupied += figures.occupied();
                surge += figures.surge24h();
                reserve += figures.reserve7d();
            }
        }
        return new Beds(staffed, occupied, surge, reserve);
    }

    /** The scenario's level of a reported level; ECMO and children's intensive care are left out. */
    static String scenarioLevel(CareLevel level) {
        return switch (level) {
            case ICU_VENT -> "ICU_VENT";
            case ICU -> "ICU";
            case WARD, WARD_SURGERY, WARD_MEDICINE, WARD_BURNS, WARD_INFECTION, WARD_PSYCHIATRY -> "WARD";
            case ECMO, PAEDIATRIC_ICU, NEONATAL_ICU -> "";
        };
    }

    private static Map<String, Double> levels(double icuVent, double icu, double ward) {
        var map = new LinkedHashMap<String, Double>();
        map.put("ICU_VENT", icuVent);
        map.put("ICU", icu);
        map.put("WARD", ward);
        return map;
    }
}
