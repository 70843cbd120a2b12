package se.nspl;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Counts the SQL statements each HTTP request runs, in the test application: the data source
 * hands out connections that count what they prepare, for the thread of a request only (not the
 * scheduler's). A test reads the count of the latest request to a path.
 */
@TestComponent
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StatementCounter implements BeanPostProcessor, Filter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    private final Map<String, List<String>> latest = new ConcurrentHashMap<>();

    /** The statements (their SQL) of the latest request {@code "POST /api/v1/…"} (path without query). */
    public List<String> latest(String methodAndPath) {
        var statements = latest.get(methodAndPath);
        if (statements == null) {
            throw new IllegalStateException(
                    "no request " + methodAndPath + " was counted; counted: " + latest.keySet());
        }
        return statements;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var statements = new ArrayList<String>();
        COUNTING.set(statements);
        try {
            chain.doFilter(request, response);
        } finally {
            COUNTING.remove();
            var http = (HttpServletRequest) request;
            latest.put(http.getMethod() + " " + http.getRequestURI(), List.copyOf(statements));
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    var statements = COUNTING.get();
                    if (statements != null && STATEMENTS.contains(method.getName())) {
                        statements.add(
                                args == null || args.length == 0
                                        ? "(statement)"
                                        : String.valueOf(args[0]).strip());
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
