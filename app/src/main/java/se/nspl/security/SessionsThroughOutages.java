package se.nspl.security;

import java.lang.reflect.UndeclaredThrowableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.CannotCreateTransactionException;
import se.nspl.shared.DatabaseScope;

/**
 * Page sessions live in PostgreSQL; while it cannot be reached a node still knows the sessions it
 * served itself: each session read from the database is remembered, and when a read fails because
 * the database is down the remembered copy is used, and saving it is skipped (nothing else can be
 * written meanwhile either). So a logged-in person still sees the last known picture during an
 * outage (docs/reliability.md). A session another node ended after this node last read it stays
 * usable here only for as long as the database is down, and only for reading.
 */
@Configuration(proxyBeanMethods = false)
class SessionsThroughOutages {

    /** Remembered sessions; expired ones are dropped when there are many. */
    static final int REMEMBERED = 10_000;

    @Bean
    static BeanPostProcessor sessionsThroughOutagesProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository repository ? tolerant(repository) : bean;
            }
        };
    }

    static Object tolerant(JdbcIndexedSessionRepository repository) {
        Map<String, Session> remembered = new ConcurrentHashMap<>();
        var proxy = new ProxyFactory(repository);
        proxy.setProxyTargetClass(true);
        // The session store is nobody's region (no row-level security): its reads and writes are the
        // platform's. Asked whose they were, the scope would resolve the request's login, which for a
        // session without one reads the session again, on another connection, until the pool is empty.
        proxy.addAdvice((MethodInterceptor) invocation -> DatabaseScope.asSystem(() -> proceed(invocation)));
        proxy.addAdvice((MethodInterceptor) invocation -> {
            String method = invocation.getMethod().getName();
            var arguments = invocation.getArguments();
            if (method.equals("findById") && arguments.length == 1 && arguments[0] instanceof String id) {
                try {
                    Object found = invocation.proceed();
                    if (found instanceof Session session) {
                        if (remembered.size() >= REMEMBERED) {
                            remembered.values().removeIf(Session::isExpired);
                        }
                        if (remembered.size() < REMEMBERED) {
                            remembered.put(id, session);
                        }
                    } else {
                        remembered.remove(id);
                    }
                    return found;
                } catch (RuntimeException e) {
                    var known = remembered.get(id);
                    if (!databaseDown(e) || known == null || known.isExpired()) {
                        throw e;
                    }
                    return known;
                }
            }
            if (method.equals("save") && arguments.length == 1 && arguments[0] instanceof Session session) {
                try {
                    return invocation.proceed();
                } catch (RuntimeException e) {
                    if (!databaseDown(e) || !remembered.containsKey(session.getId())) {
                        throw e;
                    }
                    return null;
                }
            }
            if (method.equals("deleteById") && arguments.length == 1 && arguments[0] instanceof String id) {
                remembered.remove(id);
            }
            return invocation.proceed();
        });
        return proxy.getProxy();
    }

    private static Object proceed(MethodInvocation invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e);
        }
    }

    static boolean databaseDown(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08")
                                    || sql.getSQLState().startsWith("57P")))) {
                return true;
            }
        }
        return false;
    }
}
