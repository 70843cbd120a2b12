package se.nspl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import se.nspl.Api;
import se.nspl.TestAccounts;
import se.nspl.distribution.DistributionSteps;

/**
 * The secretariat's path through patient distribution in Chromium: enter the demand, compute, watch the page pick up
 * the result by itself, read the plan and accept it. Screenshots land in {@code target/screenshots/}.
 */
class DistributionBrowserTest extends ChromiumTest {

    @Test
    void theSecretariatComputesAPlanSeesItAndAcceptsIt() {
        var steps = new DistributionSteps(new Api(port()));
        double lon = 15 + 3 * ThreadLocalRandom.current().nextDouble();
        String sending = steps.hospital("25", "Webbavsändare", 66.8, lon);
        String receiving = steps.hospital("24", "Webbmottagare", 66.81, lon);
        steps.freeWardBeds(receiving, "24", 4);
        steps.ambulances("25", sending, 2);
        String name = "Webbplan " + UUID.randomUUID().toString().substring(0, 8);

        logIn(TestAccounts.NATIONAL);
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
        screenshot("distribution-plan");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anta planen"))
                .click();
        assertThat(page.locator("#plan-requests")).containsText("Region 25 till region 24: 2 patienter");
    }
}
