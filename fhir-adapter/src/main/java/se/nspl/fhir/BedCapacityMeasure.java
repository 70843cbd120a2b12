package se.nspl.fhir;

import java.util.List;
import java.util.Set;

/**
 * The NSPL bed-capacity measure: its canonical URL and the codes of its groups and populations,
 * in the style of the HL7 SANER implementation guide (docs/fhir.md describes them with an example).
 */
public final class BedCapacityMeasure {

    public static final String URL = "https://nspl.se/fhir/Measure/bed-capacity";

    /** Group codes for the care levels: the names of the platform's care levels ({@code ICU}, {@code WARD}, …). */
    public static final String CARE_LEVEL_SYSTEM = "https://nspl.se/fhir/CodeSystem/care-level";

    /** The codes of the groups that are not care levels, and of every population. */
    public static final String CODE_SYSTEM = "https://nspl.se/fhir/CodeSystem/bed-capacity";

    /** The reporting unit's id (a UUID) as an identifier of the subject. */
    public static final String UNIT_IDENTIFIER_SYSTEM = "https://nspl.se/fhir/NamingSystem/unit-id";

    public static final String EXTENSION_BASE = "https://nspl.se/fhir/StructureDefinition/";
    public static final String OPERATIONAL_STATUS = EXTENSION_BASE + "operational-status";
    public static final String RESTRICTION = EXTENSION_BASE + "restriction";
    public static final String EMERGENCY_DEPARTMENT = EXTENSION_BASE + "emergency-department";
    public static final String COMMENT = EXTENSION_BASE + "comment";
    /** Read only: written on export, ignored on input. */
    public static final String CORRECTS = EXTENSION_BASE + "corrects";

    public static final String SUPERSEDED_BY = EXTENSION_BASE + "superseded-by";
    public static final String WARNING = EXTENSION_BASE + "warning";

    /** Populations of a care-level group. */
    public static final String STAFFED = "staffed";

    public static final String OCCUPIED = "occupied";
    /** Derived (staffed − occupied): written on export, checked against the others on input. */
    public static final String AVAILABLE = "available";

    public static final String SURGE_24H = "surge-24h";
    public static final String RESERVE_7D = "reserve-7d";
    public static final List<String> BED_POPULATIONS = List.of(STAFFED, OCCUPIED, AVAILABLE, SURGE_24H, RESERVE_7D);

    /** The group of intensive-care patients and its populations. */
    public static final String PATIENTS = "intensive-care-patients";

    public static final String VENTILATED = "ventilated";
    public static final String ECMO = "ecmo";

    /** The group of planned (elective) care and its populations. */
    public static final String PLANNED_CARE = "planned-care";

    public static final String ELECTIVE_SCHEDULED_7D = "elective-scheduled-7d";
    public static final String ELECTIVE_POSTPONED = "elective-postponed";

    static final Set<String> OTHER_GROUPS = Set.of(PATIENTS, PLANNED_CARE);

    private BedCapacityMeasure() {}

    static List<String> populationsOf(String otherGroup) {
        return PATIENTS.equals(otherGroup)
                ? List.of(VENTILATED, ECMO)
                : List.of(ELECTIVE_SCHEDULED_7D, ELECTIVE_POSTPONED);
    }
}
