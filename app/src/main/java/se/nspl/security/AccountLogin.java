package se.nspl.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks accounts up for password login (form and token endpoint alike). */
@Component
class AccountLogin implements UserDetailsService {

    private final Accounts accounts;

    AccountLogin(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountUserDetails(account, accounts.passwordHash(username).orElseThrow());
    }
}
