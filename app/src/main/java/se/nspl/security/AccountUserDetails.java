package se.nspl.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.nspl.shared.Actor;
import se.nspl.shared.ActorPrincipal;

/** An account as Spring Security's login sees it; the session keeps the actor, not the hash. */
final class AccountUserDetails implements UserDetails, CredentialsContainer, ActorPrincipal {

    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String displayName;
    private final boolean enabled;
    private String passwordHash;

    AccountUserDetails(Account account, String passwordHash) {
        this.actor = account.actor();
        this.displayName = account.displayName();
        this.enabled = account.enabled();
        this.passwordHash = passwordHash;
    }

    @Override
    public Actor actor() {
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
        return authoritiesOf(actor);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** One account, one principal: how the session registry finds an account's sessions. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUserDetails that && actor.id().equals(that.actor.id());
    }

    @Override
    public int hashCode() {
        return actor.id().hashCode();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
