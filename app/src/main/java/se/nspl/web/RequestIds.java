package se.nspl.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import se.nspl.shared.RequestId;

/**
 * Gives every request its id ({@link RequestId}) before anything else runs, security included, so
 * that the log lines and audit entries of a refused request carry it too.
 */
final class RequestIds extends OncePerRequestFilter {

    private static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An error dispatch comes back here with the id it already has.
        String id = request.getAttribute(ATTRIBUTE) instanceof String known
                ? known
                : RequestId.acceptOrMake(request.getHeader(RequestId.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(RequestId.HEADER, id);
        MDC.put(RequestId.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }

    /** The error page is dispatched after this filter has finished with the request: keep the id there too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
