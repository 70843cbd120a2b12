package se.nspl.distribution.engine;

/** The level of care a patient needs; a patient takes a free bed of exactly this level. */
public enum CareLevel {
    /** Intensive care with a ventilator. */
    ICU_VENT,
    /** Intensive care without a ventilator. */
    ICU,
    /** An ordinary ward bed. */
    WARD
}
