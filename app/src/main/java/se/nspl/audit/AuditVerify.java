package se.nspl.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.EmbeddedDatabasePort;

/**
 * {@code bin/nspl audit-verify}: recomputes the audit trail's hash chain straight from the
 * database, without the platform. The database is the configured one ({@code NSPL_DB_URL},
 * {@code NSPL_DB_USER}, {@code NSPL_DB_PASSWORD}); without one, the embedded database in
 * {@code NSPL_DATA_DIR} — the running server's, through the port it wrote there, or started here
 * when no server runs. Exit code 0: intact; 1: broken (the first broken entry named); 2: no
 * database to check.
 */
public final class AuditVerify {

    private AuditVerify() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    static int run(Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(List.of(), environment, out, err);
    }

    /** With {@code --anchors FILE}: also checks that every anchored (sequence, hash) is still in the chain. */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        List<AuditAnchors.Anchor> anchors = null;
        if (!args.isEmpty()) {
            if (args.size() != 2 || !args.get(0).equals("--anchors")) {
                err.println("audit-verify: usage: bin/nspl audit-verify [--anchors FILE]");
                return 2;
            }
            try {
                anchors = AuditAnchors.read(Path.of(args.get(1)));
            } catch (IOException e) {
                err.println("audit-verify: cannot read the anchors: " + e.getMessage());
                return 2;
            }
        }
        String url = environment.get("NSPL_DB_URL");
        try {
            if (url != null && !url.isBlank()) {
                try (var connection = DriverManager.getConnection(
                        url,
                        environment.getOrDefault("NSPL_DB_USER", ""),
                        environment.getOrDefault("NSPL_DB_PASSWORD", ""))) {
                    return report(connection, url, anchors, out);
                }
            }
            Path data = Path.of(environment.getOrDefault("NSPL_DATA_DIR", "data"));
            Path portFile = data.resolve(EmbeddedDatabasePort.FILE);
            if (Files.isReadable(portFile)) {
                String running = "jdbc:postgresql://localhost:"
                        + Files.readString(portFile).strip() + "/nspl";
                try (var connection = DriverManager.getConnection(running, "postgres", "")) {
                    return report(connection, "the running server's embedded database", anchors, out);
                } catch (SQLException e) {
                    err.println("audit-verify: " + portFile + " names a database that does not answer ("
                            + e.getMessage() + "); trying to start the embedded one");
                }
            }
            Path postgres = data.resolve("postgres");
            if (!Files.isDirectory(postgres)) {
                err.println("audit-verify: no database: set NSPL_DB_URL, or NSPL_DATA_DIR to the platform's data"
                        + " directory (" + postgres.toAbsolutePath() + " does not exist)");
                return 2;
            }
            try (var embedded = EmbeddedPostgres.builder()
                            .setDataDirectory(postgres)
                            .setCleanDataDirectory(false)
                            .start();
                    var connection = embedded.getDatabase("postgres", "nspl").getConnection()) {
                return report(connection, "the embedded database in " + postgres.toAbsolutePath(), anchors, out);
            }
        } catch (SQLException | IOException e) {
            err.println("audit-verify: " + e.getMessage());
            return 2;
        }
    }

    private static int report(
            Connection connection, String where, @Nullable List<AuditAnchors.Anchor> anchors, PrintStream out)
            throws SQLException {
        AuditTrail.Verification result;
        try (var statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            connection.setAutoCommit(false);
            // as the platform, for row-level security when connecting as the application's role (V16)
            statement.execute("select set_config('nspl.scope', 'system', true)");
            try (var rows = statement.executeQuery(ChainCheck.ROWS)) {
                result = ChainCheck.verify(rows);
            }
        }
        if (result.intact() && anchors != null) {
            AuditAnchors.Anchor missing;
            try (var statement = connection.createStatement()) {
                statement.setFetchSize(1000);
                try (var rows = statement.executeQuery(ChainCheck.HEADS)) {
                    missing = ChainCheck.firstAnchorNotInChain(rows, anchors);
                }
            }
            if (missing != null) {
                out.println("The audit trail in " + where + " is consistent in itself (" + result.entries()
                        + " entries) but NOT THE ONE ANCHORED: anchored entry " + missing.seq() + " with hash "
                        + missing.hash() + " is no longer in it (rewritten or removed since).");
                return 1;
            }
            out.println("The audit trail in " + where + " is intact: " + result.entries() + " entries; all "
                    + anchors.size() + " anchors are in it.");
            return 0;
        }
        if (result.intact()) {
            out.println("The audit trail in " + where + " is intact: " + result.entries() + " entries.");
            return 0;
        }
        out.println("The audit trail in " + where + " is BROKEN at entry " + result.firstBroken() + ": it, or the"
                + " link to it, no longer matches what was recorded. The " + result.entries()
                + " entries before it are intact.");
        return 1;
    }
}
