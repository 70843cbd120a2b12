package se.nspl.security;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditTrail;
import se.nspl.organisation.Regions;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.Role;

/** Opening, disabling and enabling accounts: the administrators' work. */
@Service
public class AccountAdministration {

    private final Accounts accounts;
    private final Regions regions;
    private final ReportingUnits units;
    private final AuditTrail audit;
    private final PageSessions sessions;

    AccountAdministration(
            Accounts accounts, Regions regions, ReportingUnits units, AuditTrail audit, PageSessions sessions) {
        this.accounts = accounts;
        this.regions = regions;
        this.units = units;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** One account, for an administrator. */
    public Account find(UUID id, Actor actor) {
        requireAdmin(actor);
        return accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    public List<Account> all(Actor actor) {
        requireAdmin(actor);
        return accounts.all();
    }

    @Transactional
    public Account open(NewAccount account, Actor actor) {
        requireAdmin(actor);
        account.region().ifPresent(region -> {
            if (!regions.exists(region)) {
                throw new InvalidInputException("region", "no region has the code " + region);
            }
        });
        for (var unitId : account.units()) {
            var unit = units.find(unitId)
                    .orElseThrow(() -> new InvalidInputException("units", "no unit has the id " + unitId));
            if (!account.region().map(unit.region()::equals).orElse(false)) {
                throw new InvalidInputException("units", "unit " + unitId + " is not in the account's region");
            }
        }
        if (accounts.exists(account.username())) {
            throw new InvalidInputException("username", "is taken");
        }
        var opened = accounts.open(account);
        audit.record(
                actor,
                "account.OPENED",
                "account",
                opened.id().toString(),
                opened.username() + " " + opened.actor().role());
        return opened;
    }

    @Transactional
    public Account setEnabled(UUID id, boolean enabled, Actor actor) {
        requireAdmin(actor);
        if (!enabled && id.equals(actor.id())) {
            throw new InvalidInputException("id", "you cannot disable your own account");
        }
        var account = accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
        accounts.setEnabled(id, enabled);
        if (!enabled) {
            sessions.endAllOf(account.username());
        }
        audit.record(actor, enabled ? "account.ENABLED" : "account.DISABLED", "account", id.toString(), null);
        return accounts.find(id).orElseThrow();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("only administrators manage accounts");
        }
    }
}
