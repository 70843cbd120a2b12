package se.nspl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import se.nspl.Api;
import se.nspl.IntegrationTest;
import se.nspl.TestAccounts;
import se.nspl.distribution.DistributionSteps;

/**
 * The secretariat's path through patient distribution in Chromium: enter the demand, compute, watch the page pick up
 * the result by itself, read the plan and accept it. Screenshots land in {@code target/screenshots/}.
 */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributionBrowserTest {

    @Autowired
    Environment environment;

    @Autowired
    TestAccounts accounts;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        if (!Files.isExecutable(BrowserTest.CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Chromium at " + BrowserTest.CHROMIUM);
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(BrowserTest.CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
    }

    @AfterAll
    void close() {
        browser.close();
        playwright.close();
    }

    @Test
    void theSecretariatComputesAPlanSeesItAndAcceptsIt() {
        accounts.ensure();
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        String base = "http://localhost:" + port;
        var steps = new DistributionSteps(new Api(port));
        double lon = 15 + 3 * ThreadLocalRandom.current().nextDouble();
        String sending = steps.hospital("25", "Webbavsändare", 66.8, lon);
        String receiving = steps.hospital("24", "Webbmottagare", 66.81, lon);
        steps.freeWardBeds(receiving, "24", 4);
        steps.ambulances("25", sending, 2);
        String name = "Webbplan " + UUID.randomUUID().toString().substring(0, 8);

        var page = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))
                .newPage();
        page.navigate(base + "/login");
        page.getByLabel("Användarnamn").fill(TestAccounts.NATIONAL);
        page.getByLabel("Lösenord").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.navigate(base + "/distribution");

        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Tidsgräns (sekunder)").fill("1");
        page.locator("#demand-0-hospital").selectOption(new SelectOption().setValue(sending));
        page.locator("#demand-0-level").selectOption(new SelectOption().setLabel("Vårdavdelning"));
        page.locator("#demand-0-count").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beräkna plan"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();
        // The page asks while the optimiser runs and shows the plan once it is computed, without a click.
        assertThat(page.locator("#transfers")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        assertThat(page.locator("#transfers")).containsText("Webbmottagare");
        assertThat(page.locator("#comparison")).containsText("Närmaste lediga plats");
        assertThat(page.locator(".plan-map line")).not().hasCount(0);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserTest.SCREENSHOTS.resolve("distribution-plan.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anta planen"))
                .click();
        assertThat(page.locator("#plan-requests")).containsText("Region 25 till region 24: 2 patienter");
        page.context().close();
    }
}
