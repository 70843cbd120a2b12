package se.nspl.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * TLS on the application's own port from PEM files, as an operator configures it (NSPL_TLS_*), and HSTS on
 * what is served over it; behind a proxy (NSPL_FORWARD_HEADERS=native) the proxy's X-Forwarded-Proto decides.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TransportSecurityTest {

    private static final char[] STORE_PASSWORD = "changeit".toCharArray();
    private static final Path KEYS = selfSignedCertificate();

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        registry.add("NSPL_TLS_ENABLED", () -> "true");
        registry.add(
                "NSPL_TLS_CERTIFICATE", () -> KEYS.resolve("certificate.pem").toString());
        registry.add(
                "NSPL_TLS_PRIVATE_KEY", () -> KEYS.resolve("private-key.pem").toString());
        registry.add("NSPL_FORWARD_HEADERS", () -> "native");
    }

    @Autowired
    Environment environment;

    @Test
    void pagesAndApiAreServedOverTlsWithStrictTransportSecurity() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(
                        hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));

        HttpResponse<String> api = get("/api/v1/regions");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void behindAProxyItsForwardedProtocolDecides() throws Exception {
        // A proxy on a private address that received the request over plain HTTP says so: no HSTS then,
        // and the redirect to the login page stays on the proxy's scheme.
        HttpResponse<String> plain = get("/", List.of("X-Forwarded-Proto", "http"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("http://"));

        HttpResponse<String> secure = get("/", List.of("X-Forwarded-Proto", "https"));
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(secure.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, List.of());
    }

    private HttpResponse<String> get(String path, List<String> headers) throws Exception {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        var request = HttpRequest.newBuilder(URI.create("https://localhost:" + port + path));
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        HttpClient client = HttpClient.newBuilder().sslContext(trusting()).build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client that trusts the test's own certificate and nothing else. */
    private static SSLContext trusting() throws IOException, GeneralSecurityException {
        var trusted = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(KEYS.resolve("keystore.p12").toFile())) {
            trusted.load(in, STORE_PASSWORD);
        }
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** A certificate for localhost made by the JDK's keytool, written out as the PEM files an operator has. */
    private static Path selfSignedCertificate() {
        try {
            Path directory = Files.createTempDirectory("nspl-tls");
            directory.toFile().deleteOnExit();
            Path store = directory.resolve("keystore.p12");
            String keytool =
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(
                            keytool,
                            "-genkeypair",
                            "-alias",
                            "nspl",
                            "-keyalg",
                            "EC",
                            "-groupname",
                            "secp256r1",
                            "-dname",
                            "CN=localhost",
                            "-ext",
                            "SAN=dns:localhost,ip:127.0.0.1",
                            "-validity",
                            "2",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            store.toString(),
                            "-storepass",
                            new String(STORE_PASSWORD))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            var keyStore = KeyStore.getInstance("PKCS12");
            try (var in = new FileInputStream(store.toFile())) {
                keyStore.load(in, STORE_PASSWORD);
            }
            var key = (PrivateKey) keyStore.getKey("nspl", STORE_PASSWORD);
            Files.writeString(
                    directory.resolve("certificate.pem"),
                    pem("CERTIFICATE", keyStore.getCertificate("nspl").getEncoded()));
            Files.writeString(directory.resolve("private-key.pem"), pem("PRIVATE KEY", key.getEncoded()));
            return directory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the test certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
