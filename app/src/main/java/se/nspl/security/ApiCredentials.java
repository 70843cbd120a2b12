package se.nspl.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.Actor;
import se.nspl.shared.DatabaseScope;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * Bearer credentials of the API: short-lived tokens for people and long-lived, revocable API keys
 * for hospital systems. The secret is shown once; only its SHA-256 hash is kept, so a copy of the
 * database gives no one a way in.
 */
@Service
public class ApiCredentials {

    /** A token as handed out by {@code POST /api/v1/auth/token}. */
    public record IssuedToken(String token, Instant expiresAt) {}

    /** An API key as handed out once, at creation. */
    public record IssuedKey(UUID id, String key, String name, RegionCode region, Set<UUID> units) {}

    /** An API key as listed: everything but the secret. */
    public record ApiKey(
            UUID id, String name, RegionCode region, Set<UUID> units, Instant createdAt, Optional<Instant> revokedAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final ReportingUnits units;
    private final Clock clock;
    private final Duration tokenLifetime;

    ApiCredentials(
            JdbcClient jdbc,
            Accounts accounts,
            ReportingUnits units,
            Clock clock,
            @Value("${nspl.security.token-lifetime:PT1H}") Duration tokenLifetime) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.units = units;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
    }

    @Transactional
    public IssuedToken issueToken(Account account) {
        String token = "nspl_t_" + randomSecret();
        var expiresAt = clock.instant().plus(tokenLifetime);
        jdbc.sql("""
                insert into api_credential (id, kind, secret_hash, account_id, created_by, expires_at, created_at)
                values (?, 'TOKEN', ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        hash(token),
                        account.id(),
                        account.id(),
                        Timestamp.from(expiresAt),
                        Timestamp.from(clock.instant()))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /**
     * Issues an API key that reports for a region, or only for some of its units. Administrators
     * issue keys for any region, a region's coordinator for the own region only.
     */
    @Transactional
    public IssuedKey issueKey(String name, RegionCode region, Set<UUID> unitIds, Actor issuer) {
        requireMayManageKeysOf(issuer, region);
        if (unitIds.size() > NewAccount.MAX_UNITS) {
            throw new InvalidInputException("units", "at most " + NewAccount.MAX_UNITS + " units");
        }
        for (var unitId : unitIds) {
            var unit = units.find(unitId)
                    .orElseThrow(() -> new InvalidInputException("units", "no unit has the id " + unitId));
            if (!unit.region().equals(region)) {
                throw new InvalidInputException("units", "unit " + unitId + " is not in region " + region);
            }
        }
        var id = UUID.randomUUID();
        String key = "nspl_k_" + randomSecret();
        jdbc.sql("""
                insert into api_credential (id, kind, secret_hash, name, region_code, created_by, created_at)
                values (?, 'API_KEY', ?, ?, ?, ?, ?)""")
                .params(id, hash(key), name, region.value(), issuer.id(), Timestamp.from(clock.instant()))
                .update();
        for (var unitId : unitIds) {
            jdbc.sql("insert into api_credential_unit (credential_id, unit_id) values (?, ?)")
                    .params(id, unitId)
                    .update();
        }
        return new IssuedKey(id, key, name, region, Set.copyOf(unitIds));
    }

    /** The API keys the actor may see: all for administrators, the own region's for its coordinator. */
    public List<ApiKey> keysVisibleTo(Actor actor) {
        if (!actor.hasRole(Role.ADMIN) && !actor.hasRole(Role.REGION_COORDINATOR)) {
            throw new ForbiddenException("only administrators and regional coordinators manage API keys");
        }
        return jdbc.sql("""
                select c.id, c.name, c.region_code, c.created_at, c.revoked_at,
                    array(select u.unit_id from api_credential_unit u where u.credential_id = c.id) as units
                from api_credential c
                where c.kind = 'API_KEY' and (cast(:region as text) is null or c.region_code = :region)
                order by c.region_code, c.name""")
                .param(
                        "region",
                        actor.hasRole(Role.ADMIN)
                                ? null
                                : actor.region().orElseThrow().value())
                .query((rs, row) -> new ApiKey(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        RegionCode.of(rs.getString("region_code")),
                        units(rs),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("revoked_at")).map(Timestamp::toInstant)))
                .list();
    }

    @Transactional
    public void revokeKey(UUID id, Actor actor) {
        var region = jdbc.sql("select region_code from api_credential where id = ? and kind = 'API_KEY'")
                .param(id)
                .query(String.class)
                .optional()
                .map(RegionCode::of)
                .orElseThrow(() -> new NotFoundException("API key", id));
        requireMayManageKeysOf(actor, region);
        jdbc.sql("update api_credential set revoked_at = coalesce(revoked_at, ?) where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Ends every token of the account, e.g. at logout from the API. */
    @Transactional
    public void revokeTokensOf(UUID accountId) {
        jdbc.sql("update api_credential set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), accountId)
                .update();
    }

    /**
     * Forgets tokens a day after they expired; API keys and revoked keys stay, for the record. Run
     * hourly by one node ({@link TokenPurge}).
     */
    @Transactional
    public int purgeExpiredTokens() {
        return jdbc.sql("delete from api_credential where kind = 'TOKEN' and expires_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    /** Who presents this secret, if it is a live token of an enabled account or a live API key. */
    public Optional<Actor> authenticate(String secret) {
        // before anyone is known: as the platform (docs/security.md "Region isolation")
        return DatabaseScope.asSystem(() -> lookUp(secret));
    }

    private Optional<Actor> lookUp(String secret) {
        record Credential(UUID id, String kind, UUID accountId, String name, String region, Set<UUID> units) {}
        var credential = jdbc.sql("""
                select c.id, c.kind, c.account_id, c.name, c.region_code,
                    array(select u.unit_id from api_credential_unit u where u.credential_id = c.id) as units
                from api_credential c left join account a on a.id = c.account_id
                where c.secret_hash = ? and c.revoked_at is null
                  and (c.expires_at is null or c.expires_at > ?)
                  and (c.kind = 'API_KEY' or a.enabled)""")
                .params(hash(secret), Timestamp.from(clock.instant()))
                .query((rs, row) -> new Credential(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("region_code"),
                        units(rs)))
                .optional();
        return credential.flatMap(c -> c.kind().equals("TOKEN")
                ? accounts.find(c.accountId()).map(Account::actor)
                : Optional.of(new Actor(
                        c.id(),
                        "api-key:" + c.name(),
                        Role.REPORTER,
                        Optional.of(RegionCode.of(c.region())),
                        c.units())));
    }

    /** The units of the row's {@code units} column: {@code array(select unit_id ...)}. */
    private static Set<UUID> units(ResultSet rs) throws SQLException {
        return Set.of((UUID[]) rs.getArray("units").getArray());
    }

    private static void requireMayManageKeysOf(Actor actor, RegionCode region) {
        boolean allowed =
                actor.hasRole(Role.ADMIN) || (actor.hasRole(Role.REGION_COORDINATOR) && actor.actsFor(region));
        if (!allowed) {
            throw new ForbiddenException("you may not manage API keys of region " + region);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
