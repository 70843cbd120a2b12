package se.nspl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

class AuditPagesTest extends ApiTest {

    @Test
    void anAdministratorFiltersTheTrailAndChecksTheChain() {
        new WebSession(port).post("/login", Map.of("username", TestAccounts.FINANCE, "password", "wrong password"));
        var admin = WebSession.loggedIn(port, TestAccounts.ADMIN);

        var failures = admin.get("/admin/audit?action=login.FAIL&subject=" + TestAccounts.FINANCE);
        assertThat(failures.status()).isEqualTo(200);
        assertThat(failures.body()).contains("login.FAILED").doesNotContain("login.PASSWORD_ACCEPTED");

        var checked = admin.post("/admin/audit/verify", Map.of());
        assertThat(checked.body()).contains("Kedjan är obruten");
        assertThat(admin.get("/admin/audit?from=igår").status()).isEqualTo(400);
    }

    @Test
    void nobodyButAnAdministratorReadsIt() {
        assertThat(WebSession.loggedIn(port, TestAccounts.NATIONAL)
                        .get("/admin/audit")
                        .status())
                .isEqualTo(403);
    }
}
