package se.nspl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import se.nspl.IntegrationTest;
import se.nspl.TestAccounts;

/**
 * The running application in Debian's Chromium driven by Playwright: one browser per class, a
 * fresh Swedish-speaking context ({@link #page}) per test, and one page session per user per
 * class ({@link #logIn}). Screenshots land in {@code target/screenshots/}.
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChromiumTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NSPL_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    Environment environment;

    @Autowired
    TestAccounts accounts;

    Playwright playwright;
    Browser browser;
    Page page;
    String base;

    /** The cookies of each user's first login in the class: its page session. */
    private final Map<String, List<Cookie>> sessions = new HashMap<>();

    @BeforeAll
    void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(
                    "Browser tests need Chromium at " + CHROMIUM + ": apt-get install chromium (or set NSPL_CHROMIUM)");
        }
        // Generous on a loaded 2-core machine; a passing assertion returns as soon as it holds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @BeforeEach
    void openPage() {
        accounts.ensure();
        base = "http://localhost:" + port();
        page = newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @AfterAll
    void close() {
        browser.close();
        playwright.close();
    }

    int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * Logs in and lands on the region list, whatever was waiting at login. The first time in the class
     * through the form; after that the page takes the cookies of that login, so it goes on in the same
     * session: a login through the form costs a few page loads and an Argon2 hash of the password.
     */
    void logIn(String username) {
        var cookies = sessions.get(username);
        if (cookies == null) {
            logInThroughTheForm(username);
            sessions.put(username, page.context().cookies());
        } else {
            page.context().clearCookies();
            page.context().addCookies(cookies);
        }
        // Where one lands depends on what is waiting (see aReporterWithAnOverdueUnitLandsOnItsReportForm).
        page.navigate(base + "/regions");
        assertThat(page).hasURL(base + "/regions");
    }

    void logInThroughTheForm(String username) {
        page.navigate(base + "/");
        assertThat(page).hasURL(base + "/login");
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    /** Logs in again as someone else, in a fresh browser context. */
    void as(String username) {
        page.context().close();
        page = newPage();
        logIn(username);
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))
                .newPage();
    }
}
