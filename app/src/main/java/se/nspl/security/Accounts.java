package se.nspl.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/** All accounts. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Transactional
    public Account open(NewAccount account) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into account (id, username, display_name, password_hash, role, region_code)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        account.username(),
                        account.displayName(),
                        passwords.encode(account.password()),
                        account.role().name(),
                        account.region().map(RegionCode::value).orElse(null))
                .update();
        for (var unit : account.units()) {
            jdbc.sql("insert into account_unit (account_id, unit_id) values (?, ?)")
                    .params(id, unit)
                    .update();
        }
        return find(id).orElseThrow();
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::map).optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(SELECT + " where a.username = ?")
                .param(username)
                .query(this::map)
                .optional();
    }

    /** The account an administrator linked to this external identity ({@code "<issuer> <subject>"}). */
    public Optional<Account> findByExternalSubject(String externalSubject) {
        return jdbc.sql(SELECT + " where a.external_subject = ?")
                .param(externalSubject)
                .query(this::map)
                .optional();
    }

    /** Links the account to an external identity, or unlinks it (null). */
    @Transactional
    public void setExternalSubject(UUID id, @Nullable String externalSubject) {
        jdbc.sql("update account set external_subject = ? where id = ?")
                .params(externalSubject, id)
                .update();
    }

    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    public List<Account> all() {
        return jdbc.sql(SELECT + " order by a.username").query(this::map).list();
    }

    /** Disabling takes effect on the account's next API request; its tokens stop working at once. */
    @Transactional
    public void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update account set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from account where role = ?")
                        .param(role.name())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from account where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    /** An account with the units it is bound to, in one statement. */
    private static final String SELECT = "select a.*, array(select u.unit_id from account_unit u"
            + " where u.account_id = a.id) as units from account a";

    private Account map(ResultSet rs, int row) throws SQLException {
        var units = Set.of((UUID[]) rs.getArray("units").getArray());
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                Optional.ofNullable(rs.getString("region_code")).map(RegionCode::of),
                units,
                rs.getBoolean("enabled"),
                rs.getString("external_subject"));
    }
}
