package se.nspl.organisation;

/**
 * What a reporting unit is. Paediatric and neonatal ICUs are separate units from the adult ICU, a
 * lesson the German register learned late.
 */
public enum UnitKind {
    ADULT_ICU,
    PAEDIATRIC_ICU,
    NEONATAL_ICU,
    WARD;

    public boolean isIntensiveCare() {
        return this != WARD;
    }
}
