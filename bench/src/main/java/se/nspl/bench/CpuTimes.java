package se.nspl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by the server, by PostgreSQL and by this process, read from Linux's
 * {@code /proc} (user + system time, in clock ticks of 10 ms), so that a benchmark can say where
 * the machine's CPU went per request. PostgreSQL's share is that of its own background processes
 * and of the connections to the benchmark's database (system property {@code nspl.bench.database}),
 * so that other work on the same server is not counted; without the property, every PostgreSQL
 * process counts.
 */
final class CpuTimes {

    /** {@code getconf CLK_TCK} on Linux. */
    private static final double MILLIS_PER_TICK = 10;

    record Sample(double serverMillis, double postgresMillis, double selfMillis) {
        Sample minus(Sample earlier) {
            return new Sample(
                    serverMillis < 0 ? -1 : serverMillis - earlier.serverMillis,
                    postgresMillis - earlier.postgresMillis,
                    selfMillis - earlier.selfMillis);
        }
    }

    private final long serverPid;

    /** @param serverPid the server's process id, or -1 when it is not known */
    CpuTimes(long serverPid) {
        this.serverPid = serverPid;
    }

    Sample sample() {
        return new Sample(
                serverPid < 0 ? -1 : ticks(Path.of("/proc", Long.toString(serverPid))) * MILLIS_PER_TICK,
                postgresTicks() * MILLIS_PER_TICK,
                ticks(Path.of("/proc/self")) * MILLIS_PER_TICK);
    }

    private static long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuTimes::isPostgres)
                    .mapToLong(CpuTimes::ticks)
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String DATABASE = System.getProperty("nspl.bench.database");

    private static boolean isPostgres(Path process) {
        try {
            if (!Files.readString(process.resolve("comm")).strip().equals("postgres")) {
                return false;
            }
            // a connection's title is "postgres: 15/main: USER DATABASE HOST(PORT) STATE"
            String title = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            boolean connection = title.matches(".*\\S+\\(\\d+\\).*");
            return DATABASE == null || !connection || title.contains(" " + DATABASE + " ");
        } catch (IOException e) {
            return false; // the process ended meanwhile
        }
    }

    /** utime + stime, fields 14 and 15 of {@code stat}, counted after the command name's closing parenthesis. */
    private static long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0; // the process ended meanwhile
        }
    }
}
