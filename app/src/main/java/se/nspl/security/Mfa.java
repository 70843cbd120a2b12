package se.nspl.security;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.DemoMode;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.Role;

/**
 * The second factor of people's accounts: enrolment of an authenticator app (TOTP, shown as a QR
 * code), single-use codes, recovery codes, and the administrator's reset. Required for every
 * account outside demo mode ({@code nspl.security.mfa.required}, default: not in demo mode);
 * in demo mode an account that has enrolled needs it too.
 */
@Service
public class Mfa {

    private static final Logger log = LoggerFactory.getLogger(Mfa.class);

    static final int RECOVERY_CODES = 10;
    /** A recovery code's random bytes: 24 base32 characters, written in four groups of six. */
    private static final int RECOVERY_CODE_BYTES = 15;

    static final String ISSUER = "NSPL";

    /** What the enrolment page shows: the QR code and, for typing in, the secret. */
    public record Enrolment(String secret, String uri, String qrSvg) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean requiredForAll;
    private final SecureRandom random = new SecureRandom();

    Mfa(
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            DemoMode demo,
            @Value("${nspl.security.mfa.required:#{null}}") @Nullable Boolean required) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.requiredForAll = required != null ? required : !demo.enabled();
        if (!requiredForAll && !demo.enabled()) {
            log.warn("MFA is not required (nspl.security.mfa.required=false) outside demo mode: only accounts"
                    + " that enrol use it. This setting is meant for tests.");
        }
    }

    /** Whether the account must give a code after its password. */
    @Transactional(readOnly = true)
    public boolean required(UUID account) {
        return requiredForAll || enrolled(account);
    }

    @Transactional(readOnly = true)
    public boolean enrolled(UUID account) {
        return jdbc.sql("select count(*) from account_mfa where account_id = ? and confirmed_at is not null")
                        .param(account)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A new secret for the actor's own account, to confirm with a code; replaces an unconfirmed one. */
    @Transactional
    public Enrolment begin(Actor actor) {
        if (enrolled(actor.id())) {
            throw new ForbiddenException("the account has an authenticator app; an administrator resets it first");
        }
        byte[] secret = new byte[Totp.SECRET_BYTES];
        random.nextBytes(secret);
        jdbc.sql("""
                        insert into account_mfa (account_id, secret, created_at) values (?, ?, ?)
                        on conflict (account_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                                                               last_step = 0""")
                .params(actor.id(), secret, Timestamp.from(clock.instant()))
                .update();
        return enrolment(actor, secret);
    }

    /** The pending enrolment again (the page reloaded), or a new one. */
    @Transactional
    public Enrolment pending(Actor actor) {
        return jdbc.sql("select secret from account_mfa where account_id = ? and confirmed_at is null")
                .param(actor.id())
                .query(byte[].class)
                .optional()
                .map(secret -> enrolment(actor, secret))
                .orElseGet(() -> begin(actor));
    }

    /**
     * Confirms the enrolment with a code from the app and returns the recovery codes, shown once.
     *
     * @throws InvalidInputException when the code is not the app's current one
     */
    @Transactional
    public List<String> confirm(Actor actor, @Nullable String code) {
        var secret = jdbc.sql("select secret from account_mfa where account_id = ? and confirmed_at is null for update")
                .param(actor.id())
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("code", "start the enrolment first"));
        var step = Totp.verify(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw wrongCode();
        }
        jdbc.sql("update account_mfa set confirmed_at = ?, last_step = ? where account_id = ?")
                .params(Timestamp.from(clock.instant()), step.getAsLong(), actor.id())
                .update();
        jdbc.sql("delete from account_recovery_code where account_id = ?")
                .param(actor.id())
                .update();
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            // 120 random bits, so that a plain SHA-256 is a fit way to store them (ASVS 6.5.2 asks for 112).
            byte[] bytes = new byte[RECOVERY_CODE_BYTES];
            random.nextBytes(bytes);
            String recovery = String.join("-", Totp.base32(bytes).split("(?<=\\G.{6})"));
            codes.add(recovery);
            jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
                    .params(actor.id(), sha256(recovery))
                    .update();
        }
        audit.record(actor, "mfa.ENROLLED", "account", actor.id().toString(), null);
        return codes;
    }

    /**
     * Whether the code is the account's current TOTP code (not used before) or one of its unused
     * recovery codes; either is used up by this call. The row lock makes two logins with one code
     * at once succeed once.
     */
    @Transactional
    public boolean verify(Actor actor, @Nullable String code) {
        UUID account = actor.id();
        var row = jdbc.sql("select secret, last_step from account_mfa where account_id = ? and confirmed_at is not null"
                        + " for update")
                .param(account)
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getLong(2)})
                .optional();
        if (row.isEmpty() || code == null) {
            return false;
        }
        var step = Totp.verify((byte[]) row.get()[0], code, clock.instant(), (Long) row.get()[1]);
        if (step.isPresent()) {
            jdbc.sql("update account_mfa set last_step = ? where account_id = ?")
                    .params(step.getAsLong(), account)
                    .update();
            return true;
        }
        String recovery = code.strip().toUpperCase(Locale.ROOT);
        int used = jdbc.sql("update account_recovery_code set used_at = ?"
                        + " where account_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), account, sha256(recovery))
                .update();
        if (used == 1) {
            audit.record(actor, "mfa.RECOVERY_CODE_USED", "account", account.toString(), null);
            return true;
        }
        return false;
    }

    /** Removes the account's app and recovery codes: it enrols again at its next login. Administrators only. */
    @Transactional
    public void reset(UUID account, Actor actor) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("only an administrator resets an account's second factor");
        }
        jdbc.sql("delete from account_mfa where account_id = ?").param(account).update();
        jdbc.sql("delete from account_recovery_code where account_id = ?")
                .param(account)
                .update();
        audit.record(actor, "mfa.RESET", "account", account.toString(), null);
    }

    private Enrolment enrolment(Actor actor, byte[] secret) {
        String uri = Totp.uri(ISSUER, actor.name(), secret);
        return new Enrolment(Totp.base32(secret), uri, svg(QrCode.encodeText(uri, QrCode.Ecc.MEDIUM)));
    }

    /** The QR code as SVG, black on white with the quiet zone the standard asks for. */
    static String svg(QrCode qr) {
        int border = 4;
        int size = qr.size + 2 * border;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + border)
                            .append(',')
                            .append(y + border)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" role=\"img\" aria-labelledby=\"qr-label\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private static InvalidInputException wrongCode() {
        return new InvalidInputException(List.of(FieldError.coded(
                "code",
                "mfa.error.wrongCode",
                "is not the app's current code; check the phone's clock and try again")));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
