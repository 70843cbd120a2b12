package se.nspl.support;

import se.nspl.capacity.PreparednessLevel;

/**
 * The path a request takes, fixed when it is submitted. In peacetime the short one; when the
 * requesting region is in förstärkningsläge or katastrofläge the full one, where the secretariat
 * approves before any offer can be accepted (DOMAIN.md, support between regions).
 */
public enum Workflow {
    SHORT,
    FULL;

    public static Workflow at(PreparednessLevel level) {
        return level == PreparednessLevel.FORSTARKNINGSLAGE || level == PreparednessLevel.KATASTROFLAGE ? FULL : SHORT;
    }
}
