package se.nspl.capacity;

/** Why a unit is restricted or closed. */
public enum Restriction {
    STAFF,
    ROOMS,
    EQUIPMENT,
    SUPPLIES
}
