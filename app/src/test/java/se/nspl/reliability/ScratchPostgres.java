package se.nspl.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of its own, for tests that kill or stop the database: initialised
 * in a temporary directory from the machine's PostgreSQL binaries ({@code NSPL_PG_BIN}, else the
 * newest {@code /usr/lib/postgresql/N/bin}), on a free port, with trust authentication on
 * loopback, archiving its WAL into {@link #archive}. As root it runs as the {@code postgres} user (initdb refuses root). Never the
 * machine's shared server.
 */
final class ScratchPostgres implements AutoCloseable {

    final Path directory;
    final Path data;
    /** Where the server archives its WAL (archive_mode on), for point-in-time restores. */
    final Path archive;

    final int port;
    private final Path bin;
    private final boolean root;

    private ScratchPostgres(Path directory, Path bin, int port, boolean root) {
        this.directory = directory;
        this.data = directory.resolve("data");
        this.archive = directory.resolve("archive");
        this.bin = bin;
        this.port = port;
        this.root = root;
    }

    /** Initialises and starts a new server; {@code settings} go to postgresql.conf. */
    static ScratchPostgres create(String... settings) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory("nspl-scratch-pg-");
        var server = new ScratchPostgres(directory, bin(), freePort(), root);
        Files.createDirectory(server.archive);
        if (root) {
            run(List.of("chown", "postgres", directory.toString(), server.archive.toString()));
        }
        server.command(
                "initdb",
                "-D",
                server.data.toString(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync");
        var conf = new StringBuilder("\n# ScratchPostgres\nlisten_addresses = '127.0.0.1'\n")
                .append("port = ")
                .append(server.port)
                .append('\n')
                .append("archive_mode = on\narchive_command = 'cp %p \"")
                .append(server.archive)
                .append("/%f\"'\n")
                .append("unix_socket_directories = '")
                .append(directory)
                .append("'\n");
        for (String setting : settings) {
            conf.append(setting).append('\n');
        }
        Files.writeString(server.data.resolve("postgresql.conf"), conf, StandardOpenOption.APPEND);
        server.start();
        try (var connection = server.connect("postgres")) {
            connection.createStatement().execute("create database nspl");
        }
        return server;
    }

    void start() throws Exception {
        command(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                directory.resolve("log").toString(),
                "-w",
                "-t",
                "60",
                "start");
    }

    /** A clean, fast shutdown (clients disconnected). */
    void stop() throws Exception {
        command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    /** SIGKILL to the postmaster and every backend: a crash; the next start recovers from the WAL. */
    void kill() throws Exception {
        long pid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        var postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (var process : all) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The reports stored in the application's database under idempotency keys with this prefix: their ids by key. */
    Map<String, List<String>> storedReports(String keyPrefix) throws SQLException {
        var stored = new HashMap<String, List<String>>();
        try (var connection = connect("nspl");
                var query = connection.prepareStatement(
                        "select idempotency_key, id from status_report where idempotency_key like ?")) {
            query.setString(1, keyPrefix + "%");
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        return stored;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "");
    }

    /** Runs one of the PostgreSQL programs (or a shell) as the server's owner. */
    String command(String program, String... arguments) throws Exception {
        return command(program, List.of(arguments));
    }

    private String command(String program, List<String> arguments) throws Exception {
        var command = new ArrayList<String>();
        if (root) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(program.contains("/") ? program : bin.resolve(program).toString());
        command.addAll(arguments);
        return run(command);
    }

    private static String run(List<String> command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    @Override
    public void close() throws Exception {
        try {
            command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (IllegalStateException notRunning) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    static Path bin() throws IOException {
        String configured = System.getenv("NSPL_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(
                            v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL in /usr/lib/postgresql"));
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
