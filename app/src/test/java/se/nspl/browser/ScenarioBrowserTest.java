package se.nspl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import se.nspl.IntegrationTest;
import se.nspl.TestAccounts;

/** A planner creates a scenario from today's picture, adds an event, runs it and reads the chart and summary. */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioBrowserTest {

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
    void aPlannerCreatesAScenarioRunsItAndSeesTheChartAndTheSummary() {
        accounts.ensure();
        String base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))
                .newPage();
        page.navigate(base + "/login");
        page.getByLabel("Användarnamn").fill(TestAccounts.NATIONAL);
        page.getByLabel("Lösenord").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

        page.navigate(base + "/scenarios");
        page.getByLabel("Namn").fill("Övningsdygn i Norrbotten");
        page.getByLabel("Dagar").fill("30");
        page.locator("#from-picture").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Övningsdygn i Norrbotten")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra händelser och åtgärder"))
                .click();
        page.getByLabel("Händelse 1: Region").fill("25");
        page.getByLabel("Händelse 1: Startdag").fill("2");
        page.getByLabel("Händelse 1: Dagar").fill("10");
        page.getByLabel("Händelse 1: Ankomster/dag IVA", new Page.GetByLabelOptions().setExact(true))
                .fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara"))
                .click();
        assertThat(page.locator("dl.facts")).containsText("Händelser");

        page.getByLabel("Kör som övning (ÖVNING)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kör scenariot"))
                .click();

        assertThat(page.locator(".exercise-banner")).containsText("ÖVNING");
        assertThat(page.locator("#national-summary")).isVisible();
        assertThat(page.locator("#national-summary")).containsText("IVA");
        assertThat(page.locator("#regional-summary tbody tr").first()).isVisible();

        page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).selectOption("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("Region 25"))))
                .isVisible();
        // Chart.js has drawn: a drawn canvas carries its size in its style
        assertThat(page.locator("#chart-1")).hasAttribute("style", Pattern.compile("width"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserTest.SCREENSHOTS.resolve("scenario-run.png"))
                .setFullPage(true));
        page.context().close();
    }
}
