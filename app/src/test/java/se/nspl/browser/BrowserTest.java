package se.nspl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.Api;
import se.nspl.TestAccounts;

/**
 * The paths people walk, in Debian's Chromium driven by Playwright. Screenshots land in
 * {@code target/screenshots/}.
 */
class BrowserTest extends ChromiumTest {

    @Test
    void aCoordinatorLogsInAndSeesTheRegions() {
        logInThroughTheForm(TestAccounts.VASTERBOTTEN);
        page.navigate(base + "/regions");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Regioner")))
                .isVisible();
        assertThat(page.locator("#regions tbody tr")).hasCount(21);
        assertThat(page.locator("#regions")).containsText("Region Västerbotten");
        assertThat(page.locator("#regions")).containsText("278 729");
        assertThat(page.locator("#regions .badge").first())
                .hasText(java.util.regex.Pattern.compile("Ej beslutat|Deltar|Deltar inte"));
        screenshot("regions");
    }

    @Test
    void aCoordinatorEditsAHospitalOfTheOwnRegionAndIsToldWhatToFix() {
        logIn(TestAccounts.VASTERBOTTEN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Region Västerbotten"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skellefteå lasarett"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra sjukhus"))
                .click();

        page.getByLabel("Latitud").fill("norr");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara"))
                .click();
        assertThat(page.locator("#lat-error")).containsText("decimalpunkt");
        assertThat(page.getByLabel("Latitud")).hasAttribute("aria-invalid", "true");
        screenshot("hospital-form-error");

        page.getByLabel("Latitud").fill("64.7545");
        page.getByLabel("Ort").fill("Skellefteå centrum");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Skellefteå lasarett")))
                .isVisible();
        assertThat(page.locator("dl.facts")).containsText("Skellefteå centrum");
    }

    @Test
    void anotherRegionsHospitalsAreReadOnly() {
        logIn(TestAccounts.VASTERBOTTEN);
        page.navigate(base + "/regions/01");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Region Stockholm")))
                .isVisible();
        assertThat(page.getByText("Lägg till sjukhus")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Södersjukhuset"))
                .click();
        assertThat(page.getByText("Ändra sjukhus")).hasCount(0);

        var response = page.navigate(page.url() + "/edit");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING)).containsText("Du har inte behörighet");
    }

    @Test
    void hospitalSearchUpdatesAsYouType() {
        logIn(TestAccounts.AUTHORITY);
        page.navigate(base + "/hospitals");
        assertThat(page.locator("#results tbody tr")).not().hasCount(0);

        page.getByLabel("Sök sjukhus eller ort")
                .pressSequentially(
                        "gällivare", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));

        assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page.locator("#results")).containsText("Gällivare sjukhus");
        screenshot("hospital-search");
    }

    @Test
    void regionsAreFoundByNameOrCode() {
        logIn(TestAccounts.AUTHORITY);

        page.getByLabel("Sök region (namn, residensstad eller länskod)").fill("botten");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sök").setExact(true))
                .click();
        assertThat(page.locator("#regions tbody tr")).hasCount(2);
        assertThat(page.locator(".lead")).containsText("2 regioner med sammanlagt 527 209 invånare");

        page.navigate(base + "/regions?q=09");
        assertThat(page.locator("#regions tbody tr")).hasCount(1);
        assertThat(page.locator("#regions")).containsText("Region Gotland");
    }

    @Test
    void theLanguageSwitchesToEnglish() {
        logIn(TestAccounts.AUTHORITY);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Regions")))
                .isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void anAdministratorOpensAnAccountForARegion() {
        logIn(TestAccounts.ADMIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Konton"))
                .click();
        String username = "tib-norrbotten-" + System.nanoTime() % 100000;

        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("TiB Norrbotten");
        page.getByLabel("Lösenord").fill("kort");
        page.getByLabel("Roll", new Page.GetByLabelOptions().setExact(true)).selectOption("REGION_COORDINATOR");
        page.getByLabel("Region (för regionala roller)").selectOption("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna konto"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Lösenord");

        page.getByLabel("Lösenord").fill("ett tillräckligt långt lösenord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna konto"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText(username);
        assertThat(page.locator("#accounts")).containsText("TiB Norrbotten");
        screenshot("accounts");
    }

    @Test
    void onlyAdministratorsSeeTheAccounts() {
        logIn(TestAccounts.NATIONAL);

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Konton")))
                .hasCount(0);
        assertThat(page.navigate(base + "/admin/accounts").status()).isEqualTo(403);
    }

    @Test
    void aCoordinatorReportsAUnitsStatusAfterSeeingWhatChanges() {
        logIn(TestAccounts.VASTERBOTTEN);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Rapportera").setExact(true))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Rapportera Lycksele lasarett Vårdavdelningar"))
                .click();

        page.getByLabel("Vårdavdelning, Bemannade").fill("30");
        page.getByLabel("Vårdavdelning, Belagda").fill("45");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Granska ändringarna"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("överstiger bemannade plus förstärkning");
        assertThat(page.getByLabel("Vårdavdelning, Belagda")).hasAttribute("aria-invalid", "true");

        page.getByLabel("Vårdavdelning, Belagda").fill("24");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Granska ändringarna"))
                .click();
        assertThat(page.locator("#changes")).containsText("24");
        screenshot("report-confirm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara rapporten"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Rapporten för Vårdavdelningar är sparad");
        assertThat(page.locator("#units")).containsText("30 / 24");
        screenshot("report-units");
    }

    @Test
    void aCoordinatorUpdatesAllUnitsInTheQuickReport() {
        logIn(TestAccounts.STOCKHOLM);
        page.navigate(base + "/report/quick");
        var staffed = page.getByLabel("Södertälje sjukhus, Vårdavdelningar, Vårdavdelning, Bemannade");
        var occupied = page.getByLabel("Södertälje sjukhus, Vårdavdelningar, Vårdavdelning, Belagda");

        staffed.fill("50");
        occupied.fill("70");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara alla"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Inget sparades");
        assertThat(occupied).hasAttribute("aria-invalid", "true");

        occupied.fill("44");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara alla"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Sparade rapporter: 1");
        assertThat(page.locator("#units")).containsText("50 / 44");
        screenshot("quick-report");
    }

    @Test
    void aReporterWithAnOverdueUnitLandsOnItsReportForm() {
        // Kalix's ward is reported by no other test, so it is overdue (never reported).
        var api = new Api(port());
        String kalix = api.get("/api/v1/hospitals?region=25&q=kalix", TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();
        String unit = api.get("/api/v1/units?kind=WARD&hospital=" + kalix, TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();
        String reporter = accounts.reporterFor("25", java.util.UUID.fromString(unit));

        page.navigate(base + "/login");
        page.getByLabel("Användarnamn").fill(reporter);
        page.getByLabel("Lösenord").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();

        assertThat(page).hasURL(base + "/units/" + unit + "/report");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Vårdavdelningar");
    }

    @Test
    void theApiIsDocumentedInSwaggerUi() {
        page.navigate(base + "/swagger-ui.html");

        assertThat(page.getByText("NSPL API").first()).isVisible();
        assertThat(page.getByText("Organisation registry").first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorize")))
                .isVisible();
        screenshot("swagger-ui");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        page.navigate(base + "/login");
        page.getByLabel("Användarnamn").fill(TestAccounts.AUTHORITY);
        page.getByLabel("Lösenord").fill("fel lösenord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Fel användarnamn eller lösenord");
    }

    @Test
    void theDashboardShowsAReportAcceptedElsewhereWithinTwoSecondsWithoutAReload() {
        var api = new Api(environment.getRequiredProperty("local.server.port", Integer.class));
        String unit = api.newUnit(api.newHospital("Lägesbildssjukhuset"), "WARD", "Vårdavdelning");
        logIn(TestAccounts.AUTHORITY);
        page.navigate(base + "/picture?level=WARD");
        assertThat(page.locator("#map path.region")).hasCount(21);
        var staffed = page.locator("#national tr[data-level='WARD'] td.staffed");
        int before = staffed.count() == 0
                ? 0
                : Integer.parseInt(staffed.textContent().strip());
        page.evaluate("window.stillTheSamePage = true");

        var response = api.send(
                "POST",
                "/api/v1/units/" + unit + "/reports",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("levels", Map.of("WARD", Map.of("staffed", 17, "occupied", 5))));
        assertThat(response.status()).isEqualTo(201);

        assertThat(staffed)
                .hasText(
                        Integer.toString(before + 17),
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(2_000));
        assertThat(page.locator("#live .updated")).containsText("Uppdaterad");
        assertThat(page.evaluate("window.stillTheSamePage")).isEqualTo(true);
        screenshot("picture-live");
    }

    @Test
    void aTransferFromNorrbottenIsOfferedByVasterbottenAndCompleted() {
        var api = new Api(port());
        assertThat(api.send(
                                "PUT",
                                "/api/v1/regions/25/preparedness",
                                TestAccounts.NORRBOTTEN,
                                Map.of(),
                                Map.of("level", "NORMALLAGE"))
                        .status())
                .isEqualTo(200);
        String title = "Ta emot 3 IVA-patienter " + System.nanoTime();

        logIn(TestAccounts.NORRBOTTEN);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Stöd").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny begäran om stöd"))
                .click();
        page.getByLabel("Rubrik").fill(title);
        page.getByLabel("Brådska").selectOption("IMMEDIATE");
        page.getByLabel("IVA, övrig", new Page.GetByLabelOptions().setExact(true))
                .fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka in"))
                .click();
        assertThat(page.locator("#support-done")).hasText("Begäran är inskickad.");
        assertThat(page.locator("#support-state")).hasText("Inskickad");
        String request = page.url();
        screenshot("support-submitted");

        as(TestAccounts.VASTERBOTTEN);
        page.navigate(base + "/support?region=25");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        page.getByLabel("IVA, övrig (3 behövs ännu)").fill("3");
        page.getByLabel("Kommentar", new Page.GetByLabelOptions().setExact(true))
                .fill("Norrlands universitetssjukhus tar alla tre");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Erbjud").setExact(true))
                .click();
        assertThat(page.locator("#support-done")).hasText("Erbjudandet är skickat.");
        assertThat(page.locator("#support-offers")).containsText("Erbjuden");

        as(TestAccounts.NORRBOTTEN);
        page.navigate(request);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acceptera: 24"))
                .click();
        assertThat(page.locator("#support-commitment")).hasText("Helt");

        as(TestAccounts.VASTERBOTTEN);
        page.navigate(request);
        page.getByLabel("Transport", new Page.GetByLabelOptions().setExact(true))
                .selectOption("UNDER_WAY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uppdatera transport"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markera levererat: 24"))
                .click();
        assertThat(page.locator("#support-fulfilment")).hasText("Helt");

        as(TestAccounts.NORRBOTTEN);
        page.navigate(request);
        page.getByLabel("Kommentar (frivillig)").fill("Alla tre har kommit fram");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avsluta begäran"))
                .click();
        assertThat(page.locator("#support-state")).hasText("Avslutad");
        assertThat(page.locator("#support-timeline")).containsText("Erbjudande accepterat – t-region-25 (25)");
        assertThat(page.locator("#support-timeline")).containsText("Levererat – t-region-24 (24)");
        screenshot("support-closed");
    }

    @Test
    void aNoticeToAllRegionsCountsVästerbottensAcknowledgementFromItsBanner() {
        String subject = "Kontrollera reservkraft " + java.util.UUID.randomUUID();
        logIn(TestAccounts.NATIONAL);
        page.navigate(base + "/notices/new");
        page.getByLabel("Ämne", new Page.GetByLabelOptions().setExact(true)).fill(subject);
        page.getByLabel("Meddelande", new Page.GetByLabelOptions().setExact(true))
                .fill("Kontrollera era reservkraftaggregat och kvittera.");
        page.getByLabel("Alla regioner").check();
        page.getByLabel("Kvittens krävs").check();
        screenshot("notice-form");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Skicka").setExact(true))
                .click();
        assertThat(page.locator("#acknowledgement")).hasText("0/21");
        String notice = page.url().replaceAll("\\?.*$", "");
        screenshot("notice-sent");

        page.context().clearCookies();
        logIn(TestAccounts.VASTERBOTTEN);
        var banner = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Meddelande att kvittera: " + subject));
        assertThat(banner).isVisible();
        screenshot("notice-banner");
        banner.click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kvittera för Region Västerbotten"))
                .click();
        assertThat(page.locator("#my-acknowledgement")).containsText("Kvitterat för Region Västerbotten");
        assertThat(banner).hasCount(0);

        page.context().clearCookies();
        logIn(TestAccounts.NATIONAL);
        page.navigate(notice);
        assertThat(page.locator("#acknowledgement")).hasText("1/21");
        assertThat(page.locator("#notice-recipients")).containsText(TestAccounts.VASTERBOTTEN);
        screenshot("notice-overview");
    }

    @Test
    void theContactDirectoryListsEveryPartyWithItsPdf() {
        logIn(TestAccounts.VASTERBOTTEN);
        page.navigate(base + "/contacts");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kontaktlista")))
                .isVisible();
        assertThat(page.locator("#contacts tbody tr")).hasCount(26);
        assertThat(page.locator("#contact-24")).containsText("Ändra");
        assertThat(page.locator("#contact-01")).not().containsText("Ändra");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv ut kontaktlistan (PDF)")))
                .isVisible();
        screenshot("contacts");
    }
}
