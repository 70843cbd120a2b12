package se.nspl.contact;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.nspl.DemoMode;
import se.nspl.audit.AuditTrail;
import se.nspl.organisation.Parties;
import se.nspl.organisation.Party;

/**
 * In demo mode, on a directory without cards, a card for every party with made-up numbers from
 * the ranges the Swedish telecom regulator (PTS) keeps for use in fiction (08-465 004 xx and
 * 070-174 06 xx: they reach nobody), mailboxes under the reserved domain {@code .invalid}
 * and names that say they are demo. A few cards are dated over 90 days back, so that the
 * re-verification flag shows.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 90)
class DemoContacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);
    static final String DEMO = "demo";
    /** One card in this many was last verified long ago. */
    static final int STALE_ONE_IN = 6;

    private final DemoMode demoMode;
    private final ContactCards cards;
    private final Parties parties;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoContacts(
            DemoMode demoMode,
            ContactCards cards,
            Parties parties,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.demoMode = demoMode;
        this.cards = cards;
        this.parties = parties;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || !cards.all().isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            var all = parties.all();
            for (int i = 0; i < all.size(); i++) {
                var party = all.get(i);
                var at = i % STALE_ONE_IN == STALE_ONE_IN - 1
                        ? clock.instant().minus(Duration.ofDays(120 + i))
                        : clock.instant().minus(Duration.ofDays(i));
                cards.save(party, 0, dutyPhone(i), mailbox(party, i), roles(i), DEMO, at);
            }
            audit.record(DEMO, null, "contact.DEMO_SEED", "contact-card", "all", all.size() + " demo cards");
        });
        log.info(
                "Demo contact directory: {} cards with fictitious numbers",
                parties.all().size());
    }

    /** 08-465 004 00 … 99: a range PTS keeps for fiction. */
    static String dutyPhone(int index) {
        return String.format(Locale.ROOT, "08-465 004 %02d", index % 100);
    }

    /** 070-174 06 05 … 99: a range PTS keeps for fiction. */
    static String mobile(int index) {
        return String.format(Locale.ROOT, "070-174 06 %02d", 5 + index % 95);
    }

    /** Under {@code example.invalid}, a domain that can never exist (RFC 2606). */
    static String mailbox(Party party, int index) {
        String local = party.region() != null ? "tib-region-" + party.region().value() : "funktion-" + index;
        return local + "@demo.example.invalid";
    }

    static List<RoleContact> roles(int index) {
        var roles = new ArrayList<RoleContact>();
        roles.add(new RoleContact("Tjänsteman i beredskap (TiB)", "Demo Demosson (demo)", mobile(3 * index)));
        roles.add(new RoleContact("Särskild sjukvårdsledare", "Exempel Exempelsson (demo)", mobile(3 * index + 1)));
        roles.add(new RoleContact("Beredskapssamordnare", "Test Testsson (demo)", mobile(3 * index + 2)));
        return roles;
    }
}
