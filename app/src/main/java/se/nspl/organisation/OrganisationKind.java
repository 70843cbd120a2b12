package se.nspl.organisation;

/** Organisations other than the regions that take part in the work. */
public enum OrganisationKind {
    AUTHORITY,
    SECRETARIAT,
    ASSOCIATION
}
