package se.nspl;

import static org.awaitility.Awaitility.await;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import se.nspl.shared.RequestId;

/**
 * Counts the SQL statements each HTTP request runs, in the test application: the data source
 * hands out connections that count what they prepare, for the thread of a request only (not the
 * scheduler's). A test reads those of a request by its response.
 */
@TestComponent
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StatementCounter implements BeanPostProcessor, Filter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /** The statements of the latest requests by their request id (a test's own, not another's late one). */
    private final Map<String, List<String>> byRequest = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 1_000;
        }
    });

    /**
     * The statements (their SQL) of the request that gave this response (by its {@code X-Request-Id}).
     * The client may have the response before the server's filter has recorded them: it waits for them.
     */
    public List<String> of(Api.Response response) {
        String id = response.header(RequestId.HEADER);
        if (id == null) {
            throw new IllegalStateException("the response has no " + RequestId.HEADER);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> byRequest.containsKey(id));
        return byRequest.get(id);
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
            String id = ((HttpServletResponse) response).getHeader(RequestId.HEADER);
            if (id != null) {
                byRequest.put(id, List.copyOf(statements));
            }
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
