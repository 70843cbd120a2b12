package se.nspl.shared;

import java.util.function.Supplier;

/**
 * Whose work the database sees, for its row-level security (V16, docs/security.md "Region
 * isolation"): the platform itself, a national role, or one region. The data source sets it on
 * every connection use from the acting {@link Actor}; code that acts before anyone is known (log-in
 * look-ups) or for nobody in particular runs {@link #asSystem}. Work outside an HTTP request (start-up,
 * scheduled jobs) is the platform's own; inside a request without an actor the database shows
 * nothing.
 */
public final class DatabaseScope {

    /** The platform itself: every row. */
    public static final String SYSTEM = "system";
    /** An actor of a national role: every region's rows. */
    public static final String NATIONAL = "national";
    /** Nobody: the policies refuse every row. */
    public static final String NONE = "";

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();

    private DatabaseScope() {}

    /** The scope of an actor: its region, or national for the national roles. */
    public static String of(Actor actor) {
        return actor.region().map(RegionCode::value).orElse(NATIONAL);
    }

    /**
     * Runs work as the platform itself, e.g. looking up who presents a credential. Takes effect for
     * connections and transactions the work opens; a transaction already open keeps its scope.
     */
    public static <T> T asSystem(Supplier<T> work) {
        String outer = EXPLICIT.get();
        EXPLICIT.set(SYSTEM);
        try {
            return work.get();
        } finally {
            restore(EXPLICIT, outer);
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    /** The scope set by {@link #asSystem} on this thread, or null. */
    public static String explicit() {
        return EXPLICIT.get();
    }

    /** Runs the handling of an HTTP request: there, no actor means no rows. */
    public static void inRequest(ThrowingRunnable request) throws Exception {
        Boolean outer = IN_REQUEST.get();
        IN_REQUEST.set(Boolean.TRUE);
        try {
            request.run();
        } finally {
            restore(IN_REQUEST, outer);
        }
    }

    public static boolean inRequest() {
        return Boolean.TRUE.equals(IN_REQUEST.get());
    }

    /** A request's handling, which may throw what a servlet filter throws. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static <T> void restore(ThreadLocal<T> local, T outer) {
        if (outer == null) {
            local.remove();
        } else {
            local.set(outer);
        }
    }
}
