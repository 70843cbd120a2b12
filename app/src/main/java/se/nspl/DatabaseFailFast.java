package se.nspl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * While PostgreSQL is down, requests fail at once instead of each waiting the pool's
 * {@code connection-timeout} for a connection: after a connection could not be had, every request
 * is refused for {@link FailFastDataSource#OPEN} without asking the pool, and then one request
 * tries again while the others are still refused. The application recovers by itself as soon as
 * that one gets a connection. Request threads are never all stuck waiting (docs/reliability.md).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseFailFast {

    @Bean
    static BeanPostProcessor failFastDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof FailFastDataSource)
                        ? new FailFastDataSource(dataSource)
                        : bean;
            }
        };
    }

    /** A pool that refuses at once for a while after it could not give a connection. */
    static final class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

        /** How long requests are refused at once after a connection could not be had. */
        static final Duration OPEN = Duration.ofSeconds(1);

        /** {@link System#nanoTime()} until which requests are refused; 0 while the database answers. */
        private final AtomicLong refusingUntil = new AtomicLong();

        private final LongSupplier nanoTime;

        FailFastDataSource(DataSource pool) {
            this(pool, System::nanoTime);
        }

        FailFastDataSource(DataSource pool, LongSupplier nanoTime) {
            super(pool);
            this.nanoTime = nanoTime;
        }

        @Override
        public Connection getConnection() throws SQLException {
            long until = refusingUntil.get();
            if (until != 0) {
                long now = nanoTime.getAsLong();
                // after the pause one caller tries the pool (for at most its connection-timeout)
                if (now - until < 0 || !refusingUntil.compareAndSet(until, now + 2 * OPEN.toNanos())) {
                    throw new SQLTransientConnectionException(
                            "The database is unavailable: refused at once, a connection failed less than "
                                    + OPEN.toMillis() + " ms ago",
                            "08001");
                }
            }
            try {
                var connection = super.getConnection();
                refusingUntil.set(0);
                return connection;
            } catch (SQLTransientConnectionException e) {
                refusingUntil.set(nonZero(nanoTime.getAsLong() + OPEN.toNanos()));
                throw e;
            }
        }

        /** Closes the pool when the application stops, as Spring would have closed it unwrapped. */
        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }

        private static long nonZero(long nanos) {
            return nanos == 0 ? 1 : nanos;
        }
    }
}
