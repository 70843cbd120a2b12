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

/** A region's coordinator adds a planning item at risk and finds it in the matrix, in words. */
@IntegrationTest
@Import(TestAccounts.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningBrowserTest {

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
    void aCoordinatorAddsAnItemAtRiskAndSeesItInTheMatrix() {
        accounts.ensure();
        String base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))
                .newPage();
        page.navigate(base + "/login");
        page.getByLabel("Användarnamn").fill(TestAccounts.VASTERBOTTEN);
        page.getByLabel("Lösenord").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

        page.navigate(base + "/planning");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny planeringspost"))
                .click();
        page.getByLabel("Område").selectOption("TRANSPORT");
        page.getByLabel("Rubrik").fill("Ambulansflyg vid masskadeläge");
        page.getByLabel("Gap och beskrivning").fill("Två flygplan saknas i förstärkningsläget");
        page.getByLabel("Ägare (namn eller roll)").fill("Regional katastrofmedicinsk samordnare");
        page.getByLabel("Ansvarig organisation").fill("Region Västerbotten");
        page.getByLabel("Status").selectOption("AT_RISK");
        page.getByLabel("Klart senast").fill("2030-06-30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara"))
                .click();

        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ambulansflyg vid masskadeläge")))
                .isVisible();
        assertThat(page.locator("#item-status")).hasText("Risk");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Till matrisen"))
                .click();
        var cell = page.locator("#cell-24-TRANSPORT");
        assertThat(cell).containsText("Risk");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserTest.SCREENSHOTS.resolve("planning-matrix.png"))
                .setFullPage(true));

        cell.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#planning-items")).containsText("Ambulansflyg vid masskadeläge");
        page.context().close();
    }
}
