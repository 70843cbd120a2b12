package se.nspl.reliability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * An open-model load of status reports at a fixed rate, whatever the server does: request i is due
 * at {@code start + i / rate}, sent on the next free one of a number of kept-alive connections, and
 * its latency counts from when it was due (so waiting for a free connection counts too). Plain
 * HTTP/1.1 over sockets: Java's HttpClient costs about a millisecond of CPU per request, which at
 * 1 500 requests per second would take most of the machine the server runs on. Each request is
 * answered or counted as failed (connection error, or no answer within 10 s); nothing is retried.
 * Requests not sent within 20 s after the last one was due are left out (a machine too busy to
 * offer the load); the outcomes tell how many were sent.
 */
final class OverloadClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /**
     * One request's outcome: status (-1 for no answer), milliseconds from due and from sent to
     * answered, its Idempotency-Key and the report id of a 2xx answer.
     */
    record Outcome(int status, double fromDue, double fromSent, String key, String id, String retryAfter) {}

    private OverloadClient() {}

    static List<Outcome> run(
            int port, List<ReportLoad.Unit> units, String prefix, int rate, Duration duration, int connections)
            throws InterruptedException {
        long total = rate * duration.toSeconds();
        var next = new AtomicLong();
        var outcomes = new ConcurrentLinkedQueue<Outcome>();
        long start = System.nanoTime() + 200_000_000L;
        // on a machine too slow to offer the load, requests not sent by then are not sent at all
        long stop = start + duration.plusSeconds(20).toNanos();
        var workers = new ArrayList<Thread>();
        for (int c = 0; c < connections; c++) {
            var worker = new Thread(
                    () -> {
                        Connection connection = null;
                        for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                            long due = start + i * 1_000_000_000L / rate;
                            if (System.nanoTime() > stop) {
                                break;
                            }
                            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                                LockSupport.parkNanos(wait);
                            }
                            String key = prefix + i;
                            var unit = units.get((int) (i % units.size()));
                            long sent = System.nanoTime();
                            try {
                                if (connection == null) {
                                    connection = new Connection(port);
                                }
                                var answer = connection.send(request(port, unit, key, i));
                                long done = System.nanoTime();
                                if (answer.close()) {
                                    connection.close();
                                    connection = null;
                                }
                                var id = ID.matcher(answer.body());
                                outcomes.add(new Outcome(
                                        answer.status(),
                                        (done - due) / 1e6,
                                        (done - sent) / 1e6,
                                        key,
                                        answer.status() / 100 == 2 && id.find() ? id.group(1) : null,
                                        answer.retryAfter()));
                            } catch (IOException e) {
                                long done = System.nanoTime();
                                outcomes.add(new Outcome(-1, (done - due) / 1e6, (done - sent) / 1e6, key, null, null));
                                if (connection != null) {
                                    connection.close();
                                    connection = null;
                                }
                            }
                        }
                        if (connection != null) {
                            connection.close();
                        }
                    },
                    "overload-" + c);
            worker.start();
            workers.add(worker);
        }
        for (var worker : workers) {
            worker.join();
        }
        return new ArrayList<>(outcomes);
    }

    private static byte[] request(int port, ReportLoad.Unit unit, String key, long n) {
        String body = "{\"observedAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "\",\"levels\":{\"WARD\":{\"staffed\":40,\"occupied\":" + (n % 41) + ",\"surge24h\":5}}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/units/" + unit.id() + "/reports HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: Bearer " + unit.apiKey() + "\r\n"
                + "Idempotency-Key: " + key + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        var request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(bytes);
        return request.toByteArray();
    }

    record Answer(int status, String body, boolean close, String retryAfter) {}

    /** One kept-alive connection: a request written, its answer read, then the next. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(10_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        Answer send(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            String retryAfter = null;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    case "retry-after" -> retryAfter = value;
                    default -> {}
                }
            }
            var body = new ByteArrayOutputStream();
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16);
                        size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    body.writeBytes(exactly(size));
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers: none expected
                }
            } else if (length > 0) {
                body.writeBytes(exactly(length));
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8), close, retryAfter);
        }

        private byte[] exactly(long length) throws IOException {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length != length) {
                throw new IOException("the connection ended in a body");
            }
            return bytes;
        }

        private String line() throws IOException {
            var line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection ended");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
