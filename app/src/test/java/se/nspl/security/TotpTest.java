package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 secret of RFC 6238, appendix B. */
    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void givesTheCodesOfRfc6238() {
        // The RFC lists eight digits; six are their last six.
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))))
                .isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L))))
                .isEqualTo("353130");
    }

    @Test
    void acceptsOneStepEitherSideAndEachStepOnce() {
        var now = Instant.ofEpochSecond(1_800_000_015);
        long step = Totp.step(now);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0))
                .hasValue(step - 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0))
                .hasValue(step + 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, 0))
                .isEmpty();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0))
                .isEmpty();
        // Used once: neither it nor an earlier step's code again.
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step))
                .isEmpty();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step))
                .isEmpty();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step))
                .hasValue(step + 1);
        assertThat(Totp.verify(RFC_SECRET, "12345", now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, null, now, 0)).isEmpty();
    }

    @Test
    void writesTheSecretInBase32ForTheApp() {
        // RFC 4648 test vectors.
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.uri("NSPL", "t-region-24", RFC_SECRET))
                .isEqualTo("otpauth://totp/NSPL:t-region-24?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=NSPL"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    /** For tests that read the secret off the enrolment page. */
    static byte[] fromBase32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
