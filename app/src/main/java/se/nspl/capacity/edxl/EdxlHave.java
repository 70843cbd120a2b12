package se.nspl.capacity.edxl;

import java.util.Arrays;
import java.util.Optional;
import se.nspl.shared.CareLevel;

/** The names EDXL-HAVE 1.0 (OASIS Standard, 2008) gives to what NSPL reports. */
public final class EdxlHave {

    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:EDXL:HAVE:1.0";

    /** OASIS CIQ extensible Name Language 3.0, which HAVE uses for the organisation's name and id. */
    public static final String XNL = "urn:oasis:names:tc:ciq:xnl:3";

    /**
     * NSPL's own elements, inside HAVE's open {@code SubCategoryBedType}: the care level and unit a
     * bed type stands for, and the figures HAVE has no place for.
     */
    public static final String NSPL = "urn:se:nspl:edxl-have:1";

    public static final String MEDIA_TYPE = "application/xml";

    /** The largest document read, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private EdxlHave() {}

    /**
     * HAVE's enumerated bed types, and the NSPL care level each stands for when a document does not
     * name one. Bed types NSPL has no level for ({@code EmergencyDepartment}, {@code NurseryBeds},
     * {@code RehabLongTermCare}, {@code OperatingRooms}) are refused on import.
     */
    enum BedType {
        AdultICU(CareLevel.ICU),
        PediatricICU(CareLevel.PAEDIATRIC_ICU),
        NeonatalICU(CareLevel.NEONATAL_ICU),
        EmergencyDepartment(null),
        NurseryBeds(null),
        MedicalSurgical(CareLevel.WARD),
        RehabLongTermCare(null),
        Burn(CareLevel.WARD_BURNS),
        Pediatrics(CareLevel.WARD),
        AdultPsychiatric(CareLevel.WARD_PSYCHIATRY),
        PediatricPsychiatric(CareLevel.WARD_PSYCHIATRY),
        NegativeFlowIsolation(CareLevel.WARD_INFECTION),
        OtherIsolation(CareLevel.WARD_INFECTION),
        OperatingRooms(null);

        private final CareLevel usual;

        BedType(CareLevel usual) {
            this.usual = usual;
        }

        Optional<CareLevel> usualLevel() {
            return Optional.ofNullable(usual);
        }

        /** Whether a bed of this type may be reported under the level. */
        boolean holds(CareLevel level) {
            return level == usual || of(level) == this;
        }

        static Optional<BedType> named(String name) {
            return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
        }

        /** The bed type a level is exported as. */
        static BedType of(CareLevel level) {
            return switch (level) {
                case ICU_VENT, ICU, ECMO -> AdultICU;
                case PAEDIATRIC_ICU -> PediatricICU;
                case NEONATAL_ICU -> NeonatalICU;
                case WARD, WARD_SURGERY, WARD_MEDICINE -> MedicalSurgical;
                case WARD_BURNS -> Burn;
                case WARD_INFECTION -> OtherIsolation;
                case WARD_PSYCHIATRY -> AdultPsychiatric;
            };
        }
    }
}
