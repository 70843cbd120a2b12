package se.nspl.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.finance.allocation.AllocationRequest;
import se.nspl.finance.allocation.CostAllocation;
import se.nspl.finance.allocation.CostKey;
import se.nspl.finance.allocation.RegionPopulation;
import se.nspl.organisation.Participation;
import se.nspl.organisation.Region;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.StaleVersionException;

/**
 * The joint financing: budgets and state grants as finance enters them (each change audited), and
 * each year's cost key and invoices derived from them and from the organisation registry's
 * populations and participation decisions as they stand. Nothing here reads capacity data.
 */
@Service
public class CostSharing {

    /** The host of the secretariat, who invoices the regions. */
    static final RegionCode HOST = RegionCode.of("03");

    static final int PAYMENT_DAYS = 30;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Budgets budgets;
    private final StateGrants grants;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    CostSharing(Budgets budgets, StateGrants grants, Regions regions, AuditTrail audit, Clock clock) {
        this.budgets = budgets;
        this.grants = grants;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Budget> budgets(Actor actor) {
        requireMayReadCostKey(actor);
        return budgets.all();
    }

    /** The year's cost key with every region, its amount when the year has a budget, and its state grant. */
    public YearAllocation year(int year, Actor actor) {
        requireMayReadCostKey(actor);
        return allocation(checkedYear(year));
    }

    /** The invoice of a participating region for a year with a budget. */
    public Invoice invoice(int year, RegionCode code, Actor actor) {
        if (!FinancePermissions.mayReadInvoiceOf(actor, code)) {
            throw new ForbiddenException("you may not read region " + code + "'s invoice");
        }
        var allocation = allocation(checkedYear(year));
        var row = allocation.region(code).orElseThrow(() -> new NotFoundException("region", code));
        if (allocation.budget() == null) {
            throw new NotFoundException("invoice (the year has no budget)", Invoice.referenceOf(year, code));
        }
        if (!row.participates()) {
            throw new NotFoundException("invoice (the region does not participate)", Invoice.referenceOf(year, code));
        }
        var issuedOn = LocalDate.now(clock.withZone(STOCKHOLM));
        return new Invoice(
                Invoice.referenceOf(year, code),
                year,
                regions.find(HOST).map(Region::name).orElse("Region Uppsala"),
                row,
                row.amountSek(),
                allocation.budget().amountSek(),
                allocation.participatingPopulation(),
                allocation.participatingRegions(),
                row.stateGrantSek(),
                issuedOn,
                issuedOn.plusDays(PAYMENT_DAYS));
    }

    /** Every region's line for the year: what the summary CSV lists. Finance and administrators only. */
    public YearAllocation summary(int year, Actor actor) {
        requireMayManage(actor);
        return allocation(checkedYear(year));
    }

    /**
     * Enters or changes the year's budget. The first budget of a year needs no version; a change
     * needs the version read, so that nobody's change is lost.
     */
    @Transactional
    public Budget setBudget(int year, @Nullable Long expectedVersion, AmountDraft draft, Actor actor) {
        requireMayManage(actor);
        checkedYear(year);
        var amount = draft.checkedAmount();
        var note = draft.checkedNote();
        var now = clock.instant();
        var current = budgets.find(year);
        boolean written;
        if (current.isEmpty()) {
            written = (expectedVersion == null || expectedVersion == 0)
                    && budgets.add(year, amount, note, now, actor.name());
        } else if (expectedVersion == null) {
            throw new InvalidInputException(
                    "If-Match", "the budget of " + year + " exists: send the version you read (its ETag) in If-Match");
        } else {
            written = budgets.update(year, expectedVersion, amount, note, now, actor.name());
        }
        if (!written) {
            throw new StaleVersionException("budget", year, expectedVersion == null ? 0 : expectedVersion);
        }
        audit.record(
                actor,
                "finance.SET_BUDGET",
                "finance-budget",
                Integer.toString(year),
                amount.toPlainString() + " SEK" + (note == null ? "" : " (" + note + ")"));
        return budgets.find(year).orElseThrow();
    }

    /** Enters or changes the state grant a region reported for the year; versions as for a budget. */
    @Transactional
    public StateGrant setStateGrant(
            int year, RegionCode region, @Nullable Long expectedVersion, AmountDraft draft, Actor actor) {
        requireMayManage(actor);
        checkedYear(year);
        if (!regions.exists(region)) {
            throw new NotFoundException("region", region);
        }
        var amount = draft.checkedAmount();
        var note = draft.checkedNote();
        var now = clock.instant();
        var current = grants.find(year, region);
        boolean written;
        if (current.isEmpty()) {
            written = (expectedVersion == null || expectedVersion == 0)
                    && grants.add(year, region, amount, note, now, actor.name());
        } else if (expectedVersion == null) {
            throw new InvalidInputException(
                    "If-Match",
                    "region " + region + "'s state grant of " + year
                            + " exists: send the version you read in If-Match");
        } else {
            written = grants.update(year, region, expectedVersion, amount, note, now, actor.name());
        }
        if (!written) {
            throw new StaleVersionException(
                    "state grant", year + "/" + region, expectedVersion == null ? 0 : expectedVersion);
        }
        audit.record(
                actor,
                "finance.SET_STATE_GRANT",
                "finance-state-grant",
                year + "/" + region,
                amount.toPlainString() + " SEK" + (note == null ? "" : " (" + note + ")"));
        return grants.find(year, region).orElseThrow();
    }

    private YearAllocation allocation(int year) {
        var all = regions.all();
        var budget = budgets.find(year).orElse(null);
        var grantsByRegion =
                grants.of(year).stream().collect(Collectors.toMap(StateGrant::region, Function.identity()));
        var participants = all.stream().filter(CostSharing::participates).count();
        CostAllocation key = null;
        if (participants > 0) {
            key = CostKey.allocate(new AllocationRequest(
                    year,
                    budget == null ? BigDecimal.ZERO : budget.amountSek(),
                    all.stream()
                            .map(r -> new RegionPopulation(
                                    r.code().value(), r.population().count(), participates(r)))
                            .toList()));
        }
        var rows = new ArrayList<AllocationRow>();
        for (var region : all) {
            var share = key == null ? null : key.region(region.code().value()).orElseThrow();
            var grant = grantsByRegion.get(region.code());
            rows.add(new AllocationRow(
                    region.code(),
                    region.name(),
                    region.participation().status(),
                    region.population().count(),
                    region.population().countedOn(),
                    share == null ? BigDecimal.ZERO.setScale(CostKey.SHARE_SCALE) : share.share(),
                    budget == null ? null : share == null ? BigDecimal.ZERO.setScale(2) : share.amountSek(),
                    grant == null ? null : grant.amountSek(),
                    grant == null ? null : grant.version()));
        }
        var stateGrants = grantsByRegion.values().stream()
                .map(StateGrant::amountSek)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new YearAllocation(
                year,
                budget,
                key == null ? 0 : key.participatingPopulation(),
                (int) participants,
                budget == null ? null : key == null ? BigDecimal.ZERO.setScale(2) : key.totalSek(),
                stateGrants,
                rows);
    }

    private static boolean participates(Region region) {
        return region.participation().status() == Participation.YES;
    }

    private static int checkedYear(int year) {
        if (year < CostKey.MIN_YEAR || year > CostKey.MAX_YEAR) {
            throw new InvalidInputException(
                    "year", "must be a year from " + CostKey.MIN_YEAR + " to " + CostKey.MAX_YEAR);
        }
        return year;
    }

    private static void requireMayManage(Actor actor) {
        if (!FinancePermissions.mayManage(actor)) {
            throw new ForbiddenException("only finance and administrators enter budgets and state grants");
        }
    }

    private static void requireMayReadCostKey(Actor actor) {
        if (!FinancePermissions.mayReadCostKey(actor)) {
            throw new ForbiddenException("you may not read the cost key");
        }
    }
}
