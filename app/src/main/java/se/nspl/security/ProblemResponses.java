package se.nspl.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import se.nspl.shared.RequestId;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and 429 of the API as problem details, like every other API error; on the FHIR path
 * ({@code /fhir/**}) as an OperationOutcome, which is what a FHIR client reads.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"nspl\"");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "Authentication required: send a bearer token from" + " POST /api/v1/auth/token or an API key. "
                        + (e == null ? "" : e.getMessage()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "You may not do this.");
    }

    /** 429 for a client over its request budget ({@link ApiRateLimit}). */
    void tooManyRequests(
            HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, String detail)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/fhir/")) {
            writeOperationOutcome(response, status, detail.strip());
            return;
        }
        var problem = ProblemDetail.forStatusAndDetail(status, detail.strip());
        RequestId.current().ifPresent(id -> problem.setProperty("requestId", id));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Written by hand: security knows no FHIR library, and the outcome has one issue. */
    private void writeOperationOutcome(HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        var issue = Map.of(
                "severity",
                "error",
                "code",
                switch (status) {
                    case UNAUTHORIZED -> "login";
                    case TOO_MANY_REQUESTS -> "throttled";
                    default -> "forbidden";
                },
                "diagnostics",
                detail);
        response.setStatus(status.value());
        response.setContentType("application/fhir+json");
        json.writeValue(
                response.getOutputStream(), Map.of("resourceType", "OperationOutcome", "issue", List.of(issue)));
    }
}
