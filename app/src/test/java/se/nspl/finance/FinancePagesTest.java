package se.nspl.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/** The finance page: finance enters the budget and grants there; a region sees the key and its own invoice. */
class FinancePagesTest extends ApiTest {

    @Test
    void financeEntersTheBudgetAndAGrantAndSeesTheKeyWithTheInvoices() {
        var steps = new FinanceSteps(api, port);
        steps.decide("01", "YES");
        steps.decide("05", "NO");
        var finance = WebSession.loggedIn(port, TestAccounts.FINANCE);

        var budget = finance.post("/finance/2081/budget", Map.of("amountSek", "1 367 000 000,00", "note", "Beslutad"));
        var grant = finance.post("/finance/2081/state-grants", Map.of("region", "01", "amountSek", "250000"));
        var page = finance.get("/finance?year=2081");

        assertThat(budget.status()).isEqualTo(302);
        assertThat(grant.status()).isEqualTo(302);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Finansiering 2081")
                .contains("1 367 000 000,00 kr")
                .contains("Beslutad")
                .contains("250 000,00")
                .contains("/finance/2081/invoices/01.pdf")
                .doesNotContain("/finance/2081/invoices/05.pdf")
                .contains("/finance/2081/invoices.csv")
                .contains("<td class=\"num\" id=\"total\">1 367 000 000,00</td>");
        assertThat(finance.get("/finance/2081/invoices/01.pdf").header("Content-Type"))
                .startsWith("application/pdf");
    }

    @Test
    void aWrongAmountIsShownAndChangesNothing() {
        var finance = WebSession.loggedIn(port, TestAccounts.FINANCE);

        finance.post("/finance/2082/budget", Map.of("amountSek", "mycket"));
        var page = finance.get("/finance?year=2082");

        assertThat(page.body()).contains("amountSek: must be an amount").contains("Ingen budget är registrerad");
    }

    @Test
    void aRegionSeesTheKeyAndOnlyItsOwnInvoice() {
        var steps = new FinanceSteps(api, port);
        steps.decide("01", "YES");
        steps.decide("03", "YES");
        steps.budget(2083, "100000.00");
        var stockholm = WebSession.loggedIn(port, TestAccounts.STOCKHOLM);

        var page = stockholm.get("/finance?year=2083&lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Cost key")
                .contains("/finance/2083/invoices/01.pdf")
                .doesNotContain("/finance/2083/invoices/03.pdf")
                .doesNotContain("invoices.csv")
                .doesNotContain("/finance/2083/budget");
        assertThat(stockholm.get("/finance/2083/invoices/03.pdf").status()).isEqualTo(403);
        assertThat(WebSession.loggedIn(port, TestAccounts.AUTHORITY)
                        .get("/finance")
                        .status())
                .isEqualTo(403);
    }
}
