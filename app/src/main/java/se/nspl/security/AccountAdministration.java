package se.nspl.security;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
    private final String configuredIssuer;

    AccountAdministration(
            Accounts accounts,
            Regions regions,
            ReportingUnits units,
            AuditTrail audit,
            PageSessions sessions,
            @Value("${nspl.security.oidc.issuer-uri:}") String configuredIssuer) {
        this.accounts = accounts;
        this.regions = regions;
        this.units = units;
        this.audit = audit;
        this.sessions = sessions;
        this.configuredIssuer = configuredIssuer.strip();
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

    /**
     * Links the account to the identity {@code subject} ({@code sub} claim) of the OIDC provider
     * {@code issuer} (the configured one when null), so that logging in there logs in as this
     * account; a blank subject removes the link. One identity logs in as one account at most.
     */
    @Transactional
    public Account linkExternalSubject(UUID id, @Nullable String issuer, @Nullable String subject, Actor actor) {
        requireAdmin(actor);
        if (accounts.find(id).isEmpty()) {
            throw new NotFoundException("account", id);
        }
        String linked = null;
        if (subject != null && !subject.isBlank()) {
            String provider = issuer == null || issuer.isBlank() ? configuredIssuer : issuer.strip();
            if (provider.isBlank()) {
                throw new InvalidInputException("issuer", "no OIDC identity provider is configured: name the issuer");
            }
            if (!ISSUER.matcher(provider).matches()) {
                throw new InvalidInputException(
                        "issuer", "must be the provider's issuer URL (http or https, at most 300)");
            }
            if (!SUBJECT.matcher(subject.strip()).matches()) {
                throw new InvalidInputException(
                        "subject", "must be the provider's subject: 1 to 255 visible characters, no spaces");
            }
            linked = OidcLogin.externalSubject(provider, subject.strip());
            var holder = accounts.findByExternalSubject(linked);
            if (holder.isPresent() && !holder.get().id().equals(id)) {
                throw new InvalidInputException(
                        "subject", "is already linked to " + holder.get().username());
            }
        }
        accounts.setExternalSubject(id, linked);
        audit.record(
                actor,
                linked == null ? "account.EXTERNAL_SUBJECT_REMOVED" : "account.EXTERNAL_SUBJECT_LINKED",
                "account",
                id.toString(),
                linked);
        return accounts.find(id).orElseThrow();
    }

    private static final Pattern ISSUER = Pattern.compile("https?://[\\x21-\\x7e]{1,290}");
    private static final Pattern SUBJECT = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private static void requireAdmin(Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("only administrators manage accounts");
        }
    }
}
