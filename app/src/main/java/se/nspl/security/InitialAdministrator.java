package se.nspl.security;

import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.nspl.shared.Role;

/**
 * The first way in on a real database: when {@code NSPL_INITIAL_ADMIN_PASSWORD} is set and no
 * administrator exists yet, opens the account {@code admin} with that password. The password is
 * never logged; the operator removes the variable once the administrators have their own accounts.
 */
@Component
@Order(110)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final Accounts accounts;
    private final String password;

    InitialAdministrator(
            Accounts accounts,
            @Value("${nspl.security.initial-admin-password:${NSPL_INITIAL_ADMIN_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        accounts.open(new NewAccount("admin", "Administratör", password, Role.ADMIN, Optional.empty(), Set.of()));
        log.info("Opened the initial administrator account 'admin' (password from NSPL_INITIAL_ADMIN_PASSWORD)");
    }
}
