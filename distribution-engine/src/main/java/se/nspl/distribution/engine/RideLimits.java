package se.nspl.distribution.engine;

/** The longest a patient of each care level may spend on the way, in minutes. */
public record RideLimits(double icuVent, double icu, double ward) {

    /** The contract's limits when the problem states none. */
    public static final RideLimits DEFAULT = new RideLimits(240, 300, 480);

    public RideLimits {
        new FieldErrors()
                .positive("ICU_VENT", icuVent)
                .positive("ICU", icu)
                .positive("WARD", ward)
                .throwIfAny();
    }

    public double of(CareLevel level) {
        return switch (level) {
            case ICU_VENT -> icuVent;
            case ICU -> icu;
            case WARD -> ward;
        };
    }
}
