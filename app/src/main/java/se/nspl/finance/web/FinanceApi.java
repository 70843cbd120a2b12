package se.nspl.finance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.finance.AmountDraft;
import se.nspl.finance.Budget;
import se.nspl.finance.CostSharing;
import se.nspl.finance.Invoice;
import se.nspl.finance.StateGrant;
import se.nspl.finance.YearAllocation;
import se.nspl.shared.Actor;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1/finance")
@Tag(
        name = "Finance",
        description = "The secretariat's budget per year, the cost key (each participating region's share of the"
                + " participating regions' population, amounts exact to the öre summing to the budget), the state"
                + " grants the regions report, and Region Uppsala's annual invoices; see docs/finance.md. Budgets and"
                + " grants are entered by finance or administrators; amounts are strings in SEK with two decimals.")
class FinanceApi {

    private final CostSharing costs;
    private final InvoiceDocuments documents;

    FinanceApi(CostSharing costs, InvoiceDocuments documents) {
        this.costs = costs;
        this.documents = documents;
    }

    @GetMapping("/budgets")
    @Operation(summary = "The budgets entered, newest year first")
    List<Budget> budgets(Actor actor) {
        return costs.budgets(actor);
    }

    @GetMapping("/years/{year}")
    @Operation(
            summary = "The year's cost key: every region's participation, population (SCB, with its date), share,"
                    + " amount and reported state grant",
            description = "Only regions whose board decided YES take part; the others show share and amount 0. Without"
                    + " a budget for the year the amounts are null. Finance, administrators, the secretariat and the"
                    + " regions' coordinators.")
    YearAllocation year(@PathVariable int year, Actor actor) {
        return costs.year(year, actor);
    }

    @GetMapping("/years/{year}/budget")
    @Operation(summary = "The year's budget with its version as ETag; 404 when none was entered")
    ResponseEntity<Budget> budget(@PathVariable int year, Actor actor) {
        var budget = costs.year(year, actor).budget();
        if (budget == null) {
            throw new NotFoundException("budget", year);
        }
        return Versions.withETag(budget.version(), budget);
    }

    @PutMapping("/years/{year}/budget")
    @Operation(
            summary = "Enter or change the year's budget (finance, administrators; audited)",
            description = "The first budget of a year needs no If-Match; a change sends the version read (ETag)."
                    + " A stale version gets 409. `amountSek` at most two decimals, not negative.")
    ResponseEntity<Budget> setBudget(
            @PathVariable int year,
            @Parameter(description = "the budget's version, from its ETag; absent for a year's first budget")
                    @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            @RequestBody AmountDraft draft,
            Actor actor) {
        var budget = costs.setBudget(year, version(ifMatch), draft, actor);
        return Versions.withETag(budget.version(), budget);
    }

    @PutMapping("/years/{year}/state-grants/{code}")
    @Operation(
            summary = "Enter or change the state grant (statsbidrag) a region reported for the year (finance,"
                    + " administrators; audited)",
            description = "Shown beside the region's share and on its invoice; it does not change the amount. The"
                    + " first grant needs no If-Match; a change sends the version (the year's `stateGrantVersion`).")
    ResponseEntity<StateGrant> setStateGrant(
            @PathVariable int year,
            @PathVariable RegionCode code,
            @Parameter(description = "the grant's version; absent for the first grant of the region and year")
                    @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            @RequestBody AmountDraft draft,
            Actor actor) {
        var grant = costs.setStateGrant(year, code, version(ifMatch), draft, actor);
        return Versions.withETag(grant.version(), grant);
    }

    @GetMapping("/years/{year}/invoices/{code}")
    @Operation(
            summary = "A participating region's invoice for the year, as data",
            description = "Finance and administrators read every invoice, a region's coordinator its own. 404 when the"
                    + " year has no budget or the region does not participate.")
    Invoice invoice(@PathVariable int year, @PathVariable RegionCode code, Actor actor) {
        return costs.invoice(year, code, actor);
    }

    @GetMapping(value = "/years/{year}/invoices/{code}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A participating region's invoice for the year as PDF (in Swedish, font embedded)")
    ResponseEntity<byte[]> invoicePdf(@PathVariable int year, @PathVariable RegionCode code, Actor actor) {
        return documents.pdfDownload(costs.invoice(year, code, actor));
    }

    @GetMapping(value = "/years/{year}/invoices.csv", produces = "text/csv")
    @Operation(
            summary = "The year's summary as CSV: every region with participation, population, share, amount, state"
                    + " grant and invoice reference, and a sum row (finance, administrators)")
    ResponseEntity<String> summaryCsv(@PathVariable int year, Actor actor) {
        return documents.csvDownload(costs.summary(year, actor));
    }

    private static Long version(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : Versions.fromIfMatch(ifMatch);
    }
}
