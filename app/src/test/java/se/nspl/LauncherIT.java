package se.nspl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/nspl} as an operator uses it, on the jar that {@code ./mvnw package} built. */
class LauncherIT {

    static final Path LAUNCHER = Path.of("..", "bin", "nspl").toAbsolutePath().normalize();
    static final Pattern RUNNING = Pattern.compile("NSPL is running at (http://localhost:\\d+)/");

    @TempDir
    Path data;

    @Test
    void helpListsTheCommands() throws Exception {
        var process = new ProcessBuilder(LAUNCHER.toString(), "--help")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(output).contains("serve");
    }

    @Test
    void allocatesABudgetAndExitsWithTwoOnBadInput() throws Exception {
        var good = Files.writeString(data.resolve("good.json"), """
                {"year": 2024, "amountSek": "1.00", "regions": [
                  {"code": "01", "population": 7, "participates": true},
                  {"code": "03", "population": 7, "participates": true},
                  {"code": "04", "population": 7, "participates": true}]}""");
        var bad = Files.writeString(data.resolve("bad.json"), """
                {"year": 2024, "amountSek": "1.00", "regions": [
                  {"code": "01", "population": -7, "participates": true}]}""");

        var allocated = new ProcessBuilder(LAUNCHER.toString(), "allocate", good.toString()).start();
        String output = new String(allocated.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var refused = new ProcessBuilder(LAUNCHER.toString(), "allocate", bad.toString()).start();
        String errors = new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(allocated.waitFor()).isZero();
        assertThat(output).contains("\"amountSek\" : \"0.34\"").contains("\"totalSek\" : \"1.00\"");
        assertThat(refused.waitFor()).isEqualTo(2);
        assertThat(errors).contains("regions[0].population: must not be negative");
    }

    @Test
    void servesThePlatformFromTheBuiltJar() throws Exception {
        var builder = new ProcessBuilder(LAUNCHER.toString(), "serve", "--server.port=0").redirectErrorStream(true);
        builder.environment().put("NSPL_DATA_DIR", data.toString());
        builder.environment().remove("NSPL_DB_URL");
        var process = builder.start();
        try {
            String url = awaitUrl(process, Duration.ofMinutes(2));
            var api = new Api(Integer.parseInt(url.substring(url.lastIndexOf(':') + 1)));

            // ready a moment after it says where it runs (the last start-up tasks end)
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.get("/actuator/health", null).body().contains("\"status\":\"UP\""));
            assertThat(api.get("/api/v1/regions", null).status()).isEqualTo(401);
            assertThat(data.resolve("demo-credentials.txt")).exists();

            // The audit trail, checked from outside while the server runs on its embedded database.
            var verify = new ProcessBuilder(LAUNCHER.toString(), "audit-verify").redirectErrorStream(true);
            verify.environment().put("NSPL_DATA_DIR", data.toString());
            verify.environment().remove("NSPL_DB_URL");
            var check = verify.start();
            String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor()).as(report).isZero();
            assertThat(report).contains("is intact");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Reads the server's output until it says where it runs. */
    private static String awaitUrl(Process process, Duration timeout) throws InterruptedException {
        var lines = new LinkedBlockingQueue<String>();
        var reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        var seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                if (!process.isAlive()) {
                    break;
                }
                continue;
            }
            seen.append(line).append('\n');
            var matcher = RUNNING.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("the server did not report its URL:\n" + seen);
    }
}
