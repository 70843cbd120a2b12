package se.nspl.bench;

import java.io.IOException;
import java.net.URI;

/** A kept-alive connection per sending thread, opened again when the server closed it or after a failure. */
final class Connections {

    private final URI server;
    private final ThreadLocal<Http1Connection> open = new ThreadLocal<>();

    Connections(URI server) {
        this.server = server;
    }

    Http1Connection get() throws IOException {
        var connection = open.get();
        if (connection == null || connection.isClosed()) {
            connection = new Http1Connection(server);
            open.set(connection);
        }
        return connection;
    }

    void reset() {
        var connection = open.get();
        open.remove();
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // it is being dropped anyway
            }
        }
    }
}
