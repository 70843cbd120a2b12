package se.nspl.finance.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.finance.AmountDraft;
import se.nspl.finance.CostSharing;
import se.nspl.finance.FinancePermissions;
import se.nspl.organisation.Participation;
import se.nspl.shared.Actor;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.shared.StaleVersionException;
import se.nspl.web.NavigationItem;

/**
 * The financing of a year: the budget, the cost key with every region's share, amount and state
 * grant, links to the invoices and the summary; forms for finance to enter the budget and grants.
 */
@Controller
class FinancePages {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final CostSharing costs;
    private final InvoiceDocuments documents;
    private final Clock clock;

    FinancePages(CostSharing costs, InvoiceDocuments documents, Clock clock) {
        this.costs = costs;
        this.documents = documents;
        this.clock = clock;
    }

    @Bean
    static NavigationItem financeNavigation() {
        return new NavigationItem(
                "/finance",
                "finance.nav",
                700,
                Set.of(Role.FINANCE, Role.ADMIN, Role.NATIONAL_COORDINATOR, Role.REGION_COORDINATOR));
    }

    @GetMapping("/finance")
    String year(@RequestParam(required = false) Integer year, Actor actor, Model model) {
        var budgets = costs.budgets(actor);
        int shown = year != null
                ? year
                : budgets.isEmpty()
                        ? LocalDate.now(clock.withZone(STOCKHOLM)).getYear()
                        : budgets.get(0).year();
        var allocation = costs.year(shown, actor);
        model.addAttribute("allocation", allocation);
        model.addAttribute("budgets", budgets);
        model.addAttribute("mayManage", FinancePermissions.mayManage(actor));
        model.addAttribute("ownRegion", actor.region().map(RegionCode::value).orElse(""));
        model.addAttribute("participations", Participation.values());
        return "finance/year";
    }

    @GetMapping("/finance/{year}/invoices/{code}.pdf")
    ResponseEntity<byte[]> invoicePdf(@PathVariable int year, @PathVariable RegionCode code, Actor actor) {
        return documents.pdfDownload(costs.invoice(year, code, actor));
    }

    @GetMapping("/finance/{year}/invoices.csv")
    ResponseEntity<String> summaryCsv(@PathVariable int year, Actor actor) {
        return documents.csvDownload(costs.summary(year, actor));
    }

    @PostMapping("/finance/{year}/budget")
    String setBudget(
            @PathVariable int year,
            @RequestParam(required = false) String amountSek,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            costs.setBudget(year, version, new AmountDraft(amount(amountSek), note), actor);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | StaleVersionException e) {
            redirect.addFlashAttribute("financeError", e.getMessage());
        }
        return "redirect:/finance?year=" + year;
    }

    @PostMapping("/finance/{year}/state-grants")
    String setStateGrant(
            @PathVariable int year,
            @RequestParam RegionCode region,
            @RequestParam(required = false) String amountSek,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            costs.setStateGrant(year, region, version, new AmountDraft(amount(amountSek), note), actor);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | StaleVersionException e) {
            redirect.addFlashAttribute("financeError", e.getMessage());
        }
        return "redirect:/finance?year=" + year;
    }

    /** "1 367 000 000,50" as a person types it, or null when it is no amount. */
    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceAll("[\\s\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amountSek", "must be an amount in SEK such as 1367000000,00");
        }
    }
}
