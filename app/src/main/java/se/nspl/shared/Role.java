package se.nspl.shared;

/** What an account is for; see docs/security.md for what each role may read and write. */
public enum Role {
    /** Secretariat staff: sees everything, coordinates. */
    NATIONAL_COORDINATOR,
    /** A region's duty officer or regional command: writes the own region's data. */
    REGION_COORDINATOR,
    /** A unit or a hospital system reporting status: bound to a region, optionally to some of its units. */
    REPORTER,
    /** Socialstyrelsen, the Armed Forces, the civil-defence agency, SKR: reads the national picture. */
    AUTHORITY_VIEWER,
    /** Region Uppsala finance: budget, cost allocation, invoices. */
    FINANCE,
    /** Administers users and organisations, nationally. */
    ADMIN;

    /** Whether accounts of this role act for one region. */
    public boolean isRegional() {
        return this == REGION_COORDINATOR || this == REPORTER;
    }
}
