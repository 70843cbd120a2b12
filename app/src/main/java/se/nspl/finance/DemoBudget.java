package se.nspl.finance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.nspl.DemoMode;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * In demo mode, on a platform without budgets: a made-up budget for last year and this year and a
 * few made-up state grants, so that the cost key and the invoices have something to show. The
 * amounts are invented; the notes say so.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoBudget implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBudget.class);

    static final Actor DEMO = new Actor(
            UUID.nameUUIDFromBytes("demo-finance".getBytes(StandardCharsets.UTF_8)),
            "demo-data",
            Role.FINANCE,
            Optional.empty(),
            Set.of());

    private final DemoMode demoMode;
    private final Budgets budgets;
    private final CostSharing costs;
    private final Clock clock;

    DemoBudget(DemoMode demoMode, Budgets budgets, CostSharing costs, Clock clock) {
        this.demoMode = demoMode;
        this.budgets = budgets;
        this.costs = costs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || !budgets.all().isEmpty()) {
            return;
        }
        int year = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))).getYear();
        String note = "DEMO: påhittat belopp";
        costs.setBudget(year - 1, null, new AmountDraft(new BigDecimal("18500000.00"), note), DEMO);
        costs.setBudget(year, null, new AmountDraft(new BigDecimal("21000000.00"), note), DEMO);
        for (var grant : new String[][] {{"01", "2400000.00"}, {"03", "450000.00"}, {"24", "310000.00"}}) {
            costs.setStateGrant(
                    year, RegionCode.of(grant[0]), null, new AmountDraft(new BigDecimal(grant[1]), note), DEMO);
        }
        log.info("Demo mode: added made-up budgets for {} and {} and a few state grants", year - 1, year);
    }
}
