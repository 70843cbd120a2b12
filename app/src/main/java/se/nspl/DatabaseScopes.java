package se.nspl;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import se.nspl.shared.Actor;
import se.nspl.shared.ActorPrincipal;
import se.nspl.shared.DatabaseScope;

/**
 * Tells PostgreSQL whose work each connection use is, for the row-level security of V16
 * (docs/security.md "Region isolation"). A transaction sets {@code nspl.scope} for itself as its
 * first statement ({@code set_config(…, true)}, gone at commit or rollback); a statement outside a
 * transaction sets it for the session when the connection's last one differs. So a transaction
 * costs one statement more, an autocommit statement none in the steady state, and no scope outlives
 * its use: every use sets its own.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseScopes {

    private static final Logger log = LoggerFactory.getLogger(DatabaseScopes.class);

    /** The scope of the work at hand: explicit, else the actor's, else none in a request, else the platform's. */
    static String current() {
        String explicit = DatabaseScope.explicit();
        if (explicit != null) {
            return explicit;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof Actor actor) {
            return DatabaseScope.of(actor);
        }
        if (principal instanceof ActorPrincipal actor) {
            return DatabaseScope.of(actor.actor());
        }
        return DatabaseScope.inRequest() ? DatabaseScope.NONE : DatabaseScope.SYSTEM;
    }

    /** Wraps the application's data source (not Flyway's, which works as the owner in the system scope). */
    @Bean
    static BeanPostProcessor scopedDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return "dataSource".equals(name) && bean instanceof DataSource dataSource
                        ? new ScopedDataSource(dataSource)
                        : bean;
            }
        };
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new ScopedTransactionManager(dataSource);
    }

    /**
     * Says so at start-up when the application's database user escapes row-level security: a
     * superuser, a role with BYPASSRLS or the tables' owner (NSPL_DB_OWNER_USER not given).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warnWhenRowLevelSecurityDoesNotApply(ApplicationReadyEvent ready) {
        var jdbc = JdbcClient.create(ready.getApplicationContext().getBean("dataSource", DataSource.class));
        boolean escapes = jdbc.sql("""
                        select r.rolsuper or r.rolbypassrls
                            or exists (select from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user)
                        from pg_roles r where r.rolname = current_user""").query(Boolean.class).single();
        if (escapes) {
            log.warn("The database user owns the tables or bypasses row-level security: the database's region"
                    + " isolation does not apply to the application (docs/security.md, \"Region isolation\")");
        }
    }

    /** Marks the thread as handling a request, before anything else runs. */
    @Bean
    RequestMarker databaseScopeRequestMarker() {
        return new RequestMarker();
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    static final class RequestMarker extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                DatabaseScope.inRequest(() -> chain.doFilter(request, response));
            } catch (ServletException | IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ServletException(e);
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }

    /** Sets the scope as the first statement of every transaction, for that transaction only. */
    static final class ScopedTransactionManager extends JdbcTransactionManager {

        private static final long serialVersionUID = 1L;

        ScopedTransactionManager(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
                throws SQLException {
            super.prepareTransactionalConnection(connection, definition);
            try (var statement = connection.prepareStatement("select set_config('nspl.scope', ?, true)")) {
                statement.setString(1, current());
                statement.execute();
            }
        }
    }

    /** Sets the session's scope before a statement outside a transaction, when it differs. */
    static final class ScopedDataSource extends DelegatingDataSource implements AutoCloseable {

        private static final Set<String> STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall");

        /** The session scope last set on each physical connection of the pool. */
        private final Map<Connection, String> sessionScopes = Collections.synchronizedMap(new WeakHashMap<>());

        private final LongAdder sessionScopeStatements = new LongAdder();

        ScopedDataSource(DataSource target) {
            super(target);
        }

        /** How many times a session scope was set: the extra statements outside transactions. */
        long sessionScopeStatements() {
            return sessionScopeStatements.sum();
        }

        @Override
        public Connection getConnection() throws SQLException {
            return scoped(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return scoped(super.getConnection(username, password));
        }

        private Connection scoped(Connection target) {
            return (Connection) Proxy.newProxyInstance(
                    DatabaseScopes.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "equals":
                                return proxy == args[0];
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            default:
                                if (STATEMENTS.contains(method.getName()) && target.getAutoCommit()) {
                                    setSessionScope(target);
                                }
                                return invoke(target, method, args);
                        }
                    });
        }

        private void setSessionScope(Connection connection) throws SQLException {
            String scope = current();
            Connection physical = connection.unwrap(Connection.class);
            if (scope.equals(sessionScopes.get(physical))) {
                return;
            }
            try (var statement = physical.prepareStatement("select set_config('nspl.scope', ?, false)")) {
                statement.setString(1, scope);
                statement.execute();
            }
            sessionScopes.put(physical, scope);
            sessionScopeStatements.increment();
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }
    }
}
