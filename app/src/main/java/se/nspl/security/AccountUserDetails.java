package se.nspl.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.nspl.shared.Actor;
import se.nspl.shared.ActorPrincipal;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * An account as Spring Security's login sees it; the session keeps the actor, not the hash. Page
 * sessions are stored in PostgreSQL as serialised Java objects, so the actor is kept as plain
 * serialisable fields (a record with an {@code Optional} is not serialisable) and made again when
 * asked for.
 */
final class AccountUserDetails implements UserDetails, CredentialsContainer, ActorPrincipal {

    private static final long serialVersionUID = 2L;

    private final UUID id;
    private final String name;
    private final Role role;
    private final String region;
    private final Set<UUID> units;
    private transient Actor actor;
    private final String displayName;
    private final boolean enabled;
    private String passwordHash;

    AccountUserDetails(Account account, String passwordHash) {
        this.actor = account.actor();
        this.id = actor.id();
        this.name = actor.name();
        this.role = actor.role();
        this.region = actor.region().map(RegionCode::value).orElse(null);
        this.units = Set.copyOf(actor.units());
        this.displayName = account.displayName();
        this.enabled = account.enabled();
        this.passwordHash = passwordHash;
    }

    @Override
    public Actor actor() {
        if (actor == null) {
            actor = new Actor(id, name, role, Optional.ofNullable(region).map(RegionCode::of), units);
        }
        return actor;
    }

    String displayName() {
        return displayName;
    }

    static List<GrantedAuthority> authoritiesOf(Actor actor) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(actor());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** One account, one principal: how the session registry finds an account's sessions. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUserDetails that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
