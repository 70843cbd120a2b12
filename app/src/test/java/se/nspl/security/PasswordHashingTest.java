package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PasswordHashingTest {

    private final org.springframework.security.crypto.password.PasswordEncoder passwords =
            new SecurityConfiguration().passwordEncoder();

    @Test
    void passwordsAreHashedWithArgon2idAtOwaspsMinimumCost() {
        String hash = passwords.encode("correct horse battery");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void hashesMadeWithTheEarlierParametersStillVerify() {
        String earlier = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("correct horse battery");

        assertThat(earlier).contains("m=16384");
        assertThat(passwords.matches("correct horse battery", earlier)).isTrue();
    }
}
