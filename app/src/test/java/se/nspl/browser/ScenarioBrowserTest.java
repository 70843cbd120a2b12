package se.nspl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.nspl.TestAccounts;

/** A planner creates a scenario from today's picture, adds an event, runs it and reads the chart and summary. */
class ScenarioBrowserTest extends ChromiumTest {

    @Test
    void aPlannerCreatesAScenarioRunsItAndSeesTheChartAndTheSummary() {
        logIn(TestAccounts.NATIONAL);
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
        screenshot("scenario-run");
    }
}
