package se.nspl;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import se.nspl.security.Account;
import se.nspl.security.Accounts;
import se.nspl.security.NewAccount;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/** One account per kind of user the tests act as, all with {@link #PASSWORD}. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    public static final String ADMIN = "t-admin";
    public static final String NATIONAL = "t-nationell";
    public static final String VASTERBOTTEN = "t-region-24";
    public static final String STOCKHOLM = "t-region-01";
    public static final String NORRBOTTEN = "t-region-25";
    public static final String AUTHORITY = "t-myndighet";
    public static final String FINANCE = "t-ekonomi";
    public static final String REPORTER = "t-reporter-24";

    private final Accounts accounts;

    public TestAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Opens the test accounts unless an earlier test of this run already did. */
    public void ensure() {
        open(ADMIN, Role.ADMIN, null);
        open(NATIONAL, Role.NATIONAL_COORDINATOR, null);
        open(VASTERBOTTEN, Role.REGION_COORDINATOR, "24");
        open(STOCKHOLM, Role.REGION_COORDINATOR, "01");
        open(NORRBOTTEN, Role.REGION_COORDINATOR, "25");
        open(AUTHORITY, Role.AUTHORITY_VIEWER, null);
        open(FINANCE, Role.FINANCE, null);
        open(REPORTER, Role.REPORTER, "24");
    }

    public Account open(String username, Role role, String region) {
        return open(username, role, region, Set.of());
    }

    /** A reporter of the region bound to the given units; returns its username. */
    public String reporterFor(String region, UUID... units) {
        String username = "t-reporter-" + UUID.randomUUID().toString().substring(0, 8);
        return open(username, Role.REPORTER, region, Set.of(units)).username();
    }

    private Account open(String username, Role role, String region, Set<UUID> units) {
        return accounts.findByUsername(username)
                .orElseGet(() -> accounts.open(new NewAccount(
                        username,
                        username,
                        PASSWORD,
                        role,
                        Optional.ofNullable(region).map(RegionCode::of),
                        units)));
    }
}
