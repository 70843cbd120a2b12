package se.nspl.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.nspl.DemoMode;
import se.nspl.organisation.Region;
import se.nspl.organisation.Regions;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * In demo mode, opens one account per role (and one coordinator per region) with random passwords
 * at first start, prints them once and writes them to a file only the owner can read. Runs after
 * the registry's reference data, since regional accounts refer to regions.
 */
@Component
@Order(100)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/l/I: passwords are read off a screen and typed. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final DemoMode demoMode;
    private final Accounts accounts;
    private final Regions regions;
    private final Environment environment;
    private final Path credentialsFile;

    DemoAccounts(
            DemoMode demoMode,
            Accounts accounts,
            Regions regions,
            Environment environment,
            @Value("${nspl.demo.credentials-file:${NSPL_DATA_DIR:data}/demo-credentials.txt}") Path credentialsFile) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.regions = regions;
        this.environment = environment;
        this.credentialsFile = credentialsFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        String url = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/";
        if (accounts.exists("admin")) {
            log.info(banner(
                    url,
                    "Demo logins: the passwords are in " + credentialsFile.toAbsolutePath()
                            + " (written at first start)."));
            return;
        }
        var demo = demoAccounts();
        // Argon2 is slow on purpose; hashing on every core shortens the first start.
        demo.parallelStream().forEach(accounts::open);
        var created = new LinkedHashMap<String, String>();
        demo.forEach(account -> created.put(account.username(), account.password()));
        write(created);
        var lines = new StringBuilder("Demo logins (shown once; also in ")
                .append(credentialsFile.toAbsolutePath())
                .append("):\n");
        created.forEach((user, password) -> lines.append(String.format("    %-12s %s%n", user, password)));
        log.info(banner(url, lines.toString()));
    }

    List<NewAccount> demoAccounts() {
        var list = new ArrayList<NewAccount>();
        list.add(national("admin", "Administratör (demo)", Role.ADMIN));
        list.add(national("nationell", "Nationell samordnare (demo)", Role.NATIONAL_COORDINATOR));
        for (Region region : regions.all()) {
            list.add(
                    regional("region-" + region.code(), region.name() + ", regional samordnare (demo)", region.code()));
        }
        list.add(national("myndighet", "Myndighetsläsare (demo)", Role.AUTHORITY_VIEWER));
        list.add(national("ekonomi", "Ekonomi, Region Uppsala (demo)", Role.FINANCE));
        return list;
    }

    private static NewAccount national(String username, String name, Role role) {
        return new NewAccount(username, name, password(), role, Optional.empty(), Set.of());
    }

    private static NewAccount regional(String username, String name, RegionCode region) {
        return new NewAccount(username, name, password(), Role.REGION_COORDINATOR, Optional.of(region), Set.of());
    }

    static String password() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private void write(Map<String, String> created) {
        try {
            Files.createDirectories(credentialsFile.toAbsolutePath().getParent());
            Files.deleteIfExists(credentialsFile);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        credentialsFile,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            var lines = created.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .toList();
            Files.write(credentialsFile, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo credentials to " + credentialsFile, e);
        }
    }

    private static String banner(String url, String body) {
        return "\n\n  NSPL is running at " + url + "  (demo mode: embedded database, demo data)\n  " + body + "\n";
    }
}
