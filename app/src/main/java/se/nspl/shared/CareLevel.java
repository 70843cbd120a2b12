package se.nspl.shared;

/**
 * The kinds of bed that are reported and planned for. Levels are disjoint: a bed counts under one
 * level only, and a patient needs a bed of exactly its level. Paediatric and neonatal intensive
 * care are kept apart from adult care, as the German register learned to do.
 */
public enum CareLevel {
    /** Adult intensive care with invasive ventilation. */
    ICU_VENT,
    /** Other adult intensive care. */
    ICU,
    /** Extracorporeal membrane oxygenation. */
    ECMO,
    PAEDIATRIC_ICU,
    NEONATAL_ICU,
    /** General ward beds not reported under a speciality. */
    WARD,
    WARD_SURGERY,
    WARD_MEDICINE,
    WARD_BURNS,
    WARD_INFECTION,
    WARD_PSYCHIATRY;

    public boolean isIntensiveCare() {
        return ordinal() <= NEONATAL_ICU.ordinal();
    }
}
