package se.nspl.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL cannot be reached: {@code 503 Service Unavailable} with a problem body and
 * {@code Retry-After}, never a 500, wherever in the request it happened (also in the
 * authentication of an API key, before any controller). Whether a write that failed this way was
 * carried out is unknown to the client: it sends it again, with the same Idempotency-Key where the
 * endpoint takes one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    static final String RETRY_AFTER_SECONDS = "5";
    static final String DETAIL = "The database is unavailable; the request may not have been carried out."
            + " Send it again later (with the same Idempotency-Key where one is taken).";

    /** Whether {@code e} comes from a database that cannot be reached (down, restarting, connection lost). */
    static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || (cause instanceof java.sql.SQLException sql
                            && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08")
                                    || sql.getSQLState().startsWith("57P")))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
        problem.setType(java.net.URI.create("about:blank"));
        return problem;
    }

    /** Before the security filters, so that a failed credential lookup is a 503 and not a 500 or 401. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | RuntimeException e) {
                    if (!causedBy(e) || response.isCommitted()) {
                        throw e;
                    }
                    log.warn(
                            "{} {}: the database is unavailable ({})",
                            request.getMethod(),
                            request.getRequestURI(),
                            e.getMessage());
                    response.reset();
                    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                    response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter()
                            .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                                    + "\"detail\":\"" + DETAIL + "\"}");
                }
            }
        });
        registration.setOrder(-1000);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
