package se.nspl;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode fills the platform with demo accounts so that a new user can log in at once. It is
 * the default on the embedded database and refused on any other: a real server never gets
 * accounts whose passwords were printed to a log.
 */
public record DemoMode(boolean enabled) {

    /**
     * Decides whether demo mode is on, from the setting and the kind of database.
     *
     * @param configured {@code nspl.demo.enabled}, or null when not set
     * @throws IllegalStateException when demo mode is asked for on a database that is not embedded
     */
    public static DemoMode resolve(Boolean configured, DatabaseMode database) {
        if (Boolean.TRUE.equals(configured) && database != DatabaseMode.EMBEDDED) {
            throw new IllegalStateException("Demo mode (nspl.demo.enabled=true) refuses to run against a"
                    + " non-embedded database: demo accounts have passwords printed to the log. Unset"
                    + " NSPL_DB_URL to use the embedded database, or turn demo mode off.");
        }
        return new DemoMode(configured == null ? database == DatabaseMode.EMBEDDED : configured);
    }

    @Configuration(proxyBeanMethods = false)
    static class DemoModeConfiguration {
        @Bean
        DemoMode demoMode(@Value("${nspl.demo.enabled:#{null}}") Boolean configured, DatabaseMode database) {
            return resolve(configured, database);
        }
    }
}
