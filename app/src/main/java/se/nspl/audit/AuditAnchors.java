package se.nspl.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anchors the head of the audit trail outside the database: every {@code
 * nspl.audit.anchor.interval} (default 10 minutes) the newest entry's sequence number and hash
 * are appended to the file {@code nspl.audit.anchor.file} ({@code NSPL_AUDIT_ANCHOR_FILE}) and
 * written to the log; off when no file is configured. Someone who rewrites the whole table,
 * every later hash recomputed, passes the chain check but not {@code bin/nspl audit-verify
 * --anchors FILE}: an anchored hash is no longer in the chain.
 *
 * <p>Once across nodes: the job takes a transaction-scoped PostgreSQL advisory lock and skips
 * its turn when another node holds it; and appending is idempotent: a head already the file's
 * last line is not written again.
 */
@Component
public class AuditAnchors {

    /** One line of the file: {@code <seq> <hex hash> <time>}. */
    public record Anchor(long seq, String hash) {}

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

    /** Arbitrary, fixed, not the chain's own lock: anchoring never holds up recording. */
    private static final long ANCHOR_LOCK = 0x4E5350_4C_414EL;

    private static final Pattern LINE = Pattern.compile("(\\d+) ([0-9a-f]{64})(?: .*)?");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final @Nullable Path file;

    AuditAnchors(JdbcClient jdbc, Clock clock, @Value("${nspl.audit.anchor.file:}") String file) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.file = file.isBlank() ? null : Path.of(file);
    }

    @Scheduled(
            fixedDelayString = "${nspl.audit.anchor.interval:PT10M}",
            initialDelayString = "${nspl.audit.anchor.interval:PT10M}")
    void onSchedule() {
        if (file == null) {
            return;
        }
        try {
            anchor();
        } catch (RuntimeException e) {
            log.warn("The audit trail's head could not be anchored in {}: {}", file, e.toString());
        }
    }

    /**
     * Appends the head of the chain to the file, unless another node is doing it now, the trail is
     * empty or the head is already the file's last line; returns what was appended.
     */
    @Transactional
    public Optional<Anchor> anchor() {
        if (file == null) {
            return Optional.empty();
        }
        boolean ours = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(ANCHOR_LOCK)
                .query(Boolean.class)
                .single());
        if (!ours) {
            return Optional.empty();
        }
        var head = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Anchor(rs.getLong(1), HexFormat.of().formatHex(rs.getBytes(2))))
                .optional();
        if (head.isEmpty() || head.equals(lastOf(file))) {
            return Optional.empty();
        }
        var anchor = head.get();
        String line = anchor.seq() + " " + anchor.hash() + " " + clock.instant() + "\n";
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(
                    file,
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to " + file, e);
        }
        log.info("Audit trail anchored: entry {} hash {} (in {})", anchor.seq(), anchor.hash(), file);
        return head;
    }

    /** The anchors of a file, in its order; an unreadable line is an error naming its number. */
    public static List<Anchor> read(Path file) throws IOException {
        var anchors = new ArrayList<Anchor>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var match = LINE.matcher(line.strip());
            if (!match.matches()) {
                throw new IOException(file + " line " + number + " is not '<sequence> <hex SHA-256> [time]'");
            }
            anchors.add(new Anchor(Long.parseLong(match.group(1)), match.group(2)));
        }
        return anchors;
    }

    private static Optional<Anchor> lastOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var reader = new RandomAccessFile(file.toFile(), "r")) {
            long length = reader.length();
            int tail = (int) Math.min(length, 512);
            byte[] bytes = new byte[tail];
            reader.seek(length - tail);
            reader.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).strip().split("\n");
            var match = LINE.matcher(lines[lines.length - 1].strip());
            return match.matches()
                    ? Optional.of(new Anchor(Long.parseLong(match.group(1)), match.group(2)))
                    : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
