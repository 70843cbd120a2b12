package se.nspl.shared;

/** Where the platform's embedded database tells other local tools its port (audit-verify). */
public final class EmbeddedDatabasePort {

    /** In the data directory ({@code NSPL_DATA_DIR}), next to {@code postgres/}. */
    public static final String FILE = "postgres.port";

    private EmbeddedDatabasePort() {}
}
