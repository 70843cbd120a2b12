package se.nspl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;
import se.nspl.DatabaseFailFast.FailFastDataSource;

class DatabaseFailFastTest {

    /** A pool whose database is up or down, counting how often it was asked. */
    static class Pool extends AbstractDataSource {
        final AtomicBoolean up = new AtomicBoolean(true);
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public Connection getConnection() throws SQLTransientConnectionException {
            asked.incrementAndGet();
            if (!up.get()) {
                throw new SQLTransientConnectionException("Connection is not available, request timed out");
            }
            return (Connection) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> null);
        }

        @Override
        public Connection getConnection(String username, String password) {
            throw new UnsupportedOperationException();
        }
    }

    final Pool pool = new Pool();
    final AtomicLong now = new AtomicLong(1_000);
    final DataSource dataSource = new FailFastDataSource(pool, now::get);

    @Test
    void afterAFailedConnectionRefusesAtOnceForASecondThenLetsOneTryAndRecovers() throws Exception {
        pool.up.set(false);
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(pool.asked).hasValue(1);

        now.addAndGet(999_000_000);
        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("refused at once");
        assertThat(pool.asked).as("refused without asking the pool").hasValue(1);

        now.addAndGet(2_000_000);
        pool.up.set(true);
        assertThat(dataSource.getConnection()).isNotNull();
        assertThat(dataSource.getConnection()).isNotNull();
        assertThat(pool.asked)
                .as("the database is back: every request asks the pool")
                .hasValue(3);
    }

    @Test
    void closesThePoolItWraps() throws Exception {
        var closed = new AtomicBoolean();
        class ClosablePool extends Pool implements AutoCloseable {
            @Override
            public void close() {
                closed.set(true);
            }
        }
        try (var wrapped = new FailFastDataSource(new ClosablePool())) {
            assertThat(wrapped.getConnection()).isNotNull();
        }
        assertThat(closed).isTrue();
    }

    @Test
    void whileOneTriesAgainTheOthersAreStillRefused() throws Exception {
        pool.up.set(false);
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        now.addAndGet(1_500_000_000);
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("request timed out");
        assertThat(pool.asked).hasValue(2);
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("refused at once");
        assertThat(pool.asked).hasValue(2);
    }
}
