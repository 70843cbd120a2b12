package se.nspl.distribution.engine;

/**
 * A number of patients or beds per care level: a hospital's free beds, or what one vehicle carries per trip. The
 * contract counts a level that is left out as 0.
 */
public record LevelCounts(int icuVent, int icu, int ward) {

    public LevelCounts {
        new FieldErrors()
                .atLeast("ICU_VENT", icuVent, 0)
                .atLeast("ICU", icu, 0)
                .atLeast("WARD", ward, 0)
                .throwIfAny();
    }

    public int of(CareLevel level) {
        return switch (level) {
            case ICU_VENT -> icuVent;
            case ICU -> icu;
            case WARD -> ward;
        };
    }
}
