package se.nspl.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform from the jar that {@code ./mvnw package} built, as {@code bin/nspl serve} starts it,
 * on a given PostgreSQL, in a process of its own that the test can SIGKILL. Not demo mode: the
 * initial administrator's password is set, and {@code nspl.security.mfa.required=false} lets the
 * test get a token with the password alone (reports are then sent with an API key, which MFA never
 * concerns).
 */
final class AppProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "nspl-app.jar").toAbsolutePath();
    static final String ADMIN_PASSWORD = "reliability-admin-password-1";

    final int port;
    private final Process process;

    private AppProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts the application and waits until it is ready (health UP). */
    static AppProcess start(ScratchPostgres database, Path log, int port, String... settings) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString(),
                "--server.port=" + port,
                "--nspl.security.mfa.required=false"));
        command.addAll(List.of(settings));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var env = builder.environment();
        env.put("NSPL_DB_URL", database.url("nspl"));
        env.put("NSPL_DB_USER", "postgres");
        env.put("NSPL_DB_PASSWORD", "");
        env.put("NSPL_INITIAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("NSPL_DATA_DIR", database.directory.resolve("app").toString());
        var app = new AppProcess(port, builder.start());
        app.awaitReady(Duration.ofMinutes(3), log);
        return app;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitReady(Duration timeout, Path log) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited:\n" + tail(log));
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application was not ready in " + timeout + ":\n" + tail(log));
    }

    /** SIGKILL: no shutdown hook, no graceful end of requests in flight. */
    void kill() throws Exception {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    static String tail(Path log) throws Exception {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
