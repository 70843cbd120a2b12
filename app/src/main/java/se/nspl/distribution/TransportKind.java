package se.nspl.distribution;

import se.nspl.distribution.engine.TransportMode;

/** The kinds of transport the register holds; each travels by road or by air, which decides its distances. */
public enum TransportKind {
    /** An ordinary ambulance: one stretcher, no ventilator team. */
    ROAD_AMBULANCE(TransportMode.ROAD),
    /** An intensive-care ambulance with an ICU team: one patient of any level. */
    ICU_AMBULANCE(TransportMode.ROAD),
    /** An ambulance helicopter. */
    HELICOPTER(TransportMode.AIR),
    /** An air ambulance jet (Svenskt Ambulansflyg). */
    JET(TransportMode.AIR),
    /** Svensk nationell ambulansflygverksamhet: the converted airliner for many patients. */
    SNAM(TransportMode.AIR),
    /** A bus refitted for lying patients. */
    STRETCHER_BUS(TransportMode.ROAD);

    private final TransportMode mode;

    TransportKind(TransportMode mode) {
        this.mode = mode;
    }

    public TransportMode mode() {
        return mode;
    }

    public boolean flies() {
        return mode == TransportMode.AIR;
    }
}
