package se.nspl.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RequestId;
import se.nspl.shared.StaleVersionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Maps every error of the REST API, once, to an RFC 9457 problem detail. Input errors list each
 * offending field under {@code errors} as {@code {"field": "units[2].name", "message": "…"}}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final FieldMessages fieldMessages;

    ApiProblems(MessageSource messages, FieldMessages fieldMessages) {
        this.messages = messages;
        this.fieldMessages = fieldMessages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(invalidInput(e.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e, HttpServletRequest request) {
        request.setAttribute(ForbiddenException.REASON, e.getMessage());
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail stale(StaleVersionException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        var cause = rootCause(e);
        String type =
                e.getRequiredType() == null ? "this type" : e.getRequiredType().getSimpleName();
        var error = cause instanceof InvalidInputException invalid
                ? invalid.errors().get(0)
                : FieldError.coded(e.getName(), "input.unreadableAs", "cannot be read as " + type, type);
        return ResponseEntity.badRequest()
                .body(invalidInput(
                        List.of(new FieldError(e.getName(), error.message(), error.code(), error.arguments()))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldError>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalidInput(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = findCause(e, RequestSizeLimit.BodyTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(RequestSizeLimit.problem(tooLarge.limit()));
        }
        return ResponseEntity.badRequest().body(invalidInput(List.of(unreadable(e))));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("The database is unavailable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .body(DatabaseUnavailable.problem());
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged."));
    }

    /** Names the field of a body that could not be read: malformed JSON, a wrong type, an unknown field. */
    static FieldError unreadable(HttpMessageNotReadableException e) {
        var cause = rootCause(e);
        var jackson = findCause(e, JacksonException.class);
        String path = jackson == null ? "" : path(jackson);
        if (cause instanceof InvalidInputException invalid) {
            var first = invalid.errors().get(0);
            String field = path.isEmpty() ? first.field() : path;
            return new FieldError(field, first.message(), first.code(), first.arguments());
        }
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return FieldError.coded(
                    path,
                    "input.unknownField",
                    "unknown field '" + unknown.getPropertyName() + "'",
                    unknown.getPropertyName());
        }
        if (jackson == null || path.isEmpty()) {
            return FieldError.coded("body", "input.json", "is not valid JSON of the expected shape");
        }
        return FieldError.coded(path, "input.wrongType", "has the wrong type or format");
    }

    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_$]+");

    static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            String name = ref.getPropertyName();
            if (name != null && PLAIN_NAME.matcher(name).matches()) {
                path.append(path.isEmpty() ? "" : ".").append(name);
            } else if (name != null) {
                // a name that is not a plain word ("" included) is quoted, so that the error still names it
                path.append("[\"")
                        .append(name.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\"]");
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ProblemDetail invalidInput(List<FieldError> errors) {
        var locale = LocaleContextHolder.getLocale();
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "problem.invalid.detail",
                        null,
                        "The request has invalid fields; nothing was changed.",
                        locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, "Invalid input", locale));
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(f -> Map.of("field", f.field(), "message", fieldMessages.text(f, locale)))
                        .toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        RequestId.current().ifPresent(id -> problem.setProperty("requestId", id));
        return problem;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static <T extends Throwable> @Nullable T findCause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
