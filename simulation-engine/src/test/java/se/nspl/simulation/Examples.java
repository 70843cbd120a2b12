package se.nspl.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

final class Examples {

    private Examples() {}

    /** The example of the contract, shared/design/simulation-model.md. */
    static String norrbotten() {
        try (var in = Examples.class.getResourceAsStream("/examples/norrbotten.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
