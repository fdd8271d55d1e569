package cn.shenyang.grassroots.platform.problem;

import cn.shenyang.grassroots.platform.strict.ControlCharacters;
import cn.shenyang.grassroots.platform.strict.StrictJson;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to RFC 9457 problem+json. Messages are written here from what went wrong,
 * never copied from exceptions, so no Java class name or stack trace reaches a caller.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    public static final String TYPE_PREFIX = "urn:grassroots:problem:";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.violations());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        ProblemException p = ProblemException.invalid(violations);
        return problem(p, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return problem(ProblemException.invalid(duplicate, "appears more than once in the same object"), uri);
        }
        return respond(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ")", uri, List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = "is not a known property";
        } else if (e instanceof StrictJson.ControlCharacterException) {
            message = ControlCharacters.MESSAGE;
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "'" + f.getValue() + "' is not one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException f) {
            message = "'" + f.getValue() + "' is not a valid " + describe(f.getTargetType());
        } else {
            message = "has the wrong type; expected " + describe(e.getTargetType());
        }
        return respond(400, "validation", "Invalid request", (field.isEmpty() ? "body" : field) + ": " + message,
                uri, List.of(new Problem.Violation(field.isEmpty() ? "body" : field, message)));
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        // a parse error inside a nested value arrives wrapped with the path that led to it
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonParseException p) {
                return jsonParse(p, uri);
            }
        }
        return respond(400, "malformed-json", "Malformed JSON", "The request body could not be read as JSON",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // RESTEasy answers any unconvertible path or query parameter with a bare 404; a malformed
        // UUID deserves a 400 that names the parameter.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException p) {
                return problem(ProblemException.invalid(p.parameter(), p.reason()), uri);
            }
        }
        // The JSON reader wraps what Jackson rejected; answer for the real cause.
        if (e.getCause() instanceof JsonParseException j) {
            return jsonParse(j, uri);
        }
        if (e.getCause() instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri);
        }
        if (e.getCause() instanceof JsonProcessingException j) {
            return jsonProcessing(j, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "No resource exists at this path";
            case 405 -> "This method is not supported on this path";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not accepted here";
            case 401 -> "Authentication is required";
            case 403 -> "You may not perform this action";
            default -> title;
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(status, "http-" + status, title, detail, uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required; get one from POST /api/v1/auth/token", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this action", uri, List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(412, "precondition-failed", "Precondition failed",
                "The resource was changed by someone else meanwhile; read it again and retry", uri, List.of());
    }

    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return respond(409, "conflict", "Conflict",
                    "Another request just stored a conflicting record; read again and retry", uri, List.of());
        }
        return unexpected(e, uri);
    }

    /**
     * A value the database could not store that validation let through (a string longer than its
     * column, a number out of range): the caller's input, so a 400, though it cannot name the field.
     */
    @ServerExceptionMapper
    public Response dataException(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.warnf("A value could not be stored (SQL state %s); validation should have refused it", e.getSQLState());
        return respond(400, "validation", "Invalid request",
                "A value in the request is too long, out of range or not storable", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            // PostgreSQL restarting, or the pool's connections cut: nothing the caller did, and a retry will do
            LOG.warnf("The database is not available: %s", e.getMessage());
            return retryLater("The database is not available at the moment; nothing was changed; try again shortly",
                    uri);
        }
        if (poolExhausted(e)) {
            // every connection busy for the pool's whole acquisition timeout: too many requests at once
            LOG.warnf("No database connection was free in time: %s", e.getMessage());
            return retryLater("The service is busy; nothing was changed; try again shortly", uri);
        }
        if (transactionConflict(e)) {
            // a deadlock or serialisation failure: PostgreSQL rolled this transaction back so another could go on
            LOG.warnf("A transaction was rolled back in a conflict: %s", e.getMessage());
            return retryLater("The request met a concurrent one in the database and was rolled back; nothing was"
                    + " changed; try again", uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(500, "internal", "Internal error",
                "The request could not be completed; it has been logged", uri, List.of());
    }

    /** A 503 the caller may simply send again a second later. */
    private static Response retryLater(String detail, UriInfo uri) {
        return Response.fromResponse(respond(503, "service-unavailable", "Service unavailable", detail, uri,
                List.of())).header("Retry-After", "1").build();
    }

    /**
     * A lost or refused database connection somewhere in the causes: SQL state class 08 (connection
     * exception) or 57P (the server shutting down or starting up).
     */
    static boolean databaseUnavailable(Throwable e) {
        return sqlStateInCauses(e, state -> state.startsWith("08") || state.startsWith("57P"));
    }

    /**
     * The connection pool's acquisition timeout somewhere in the causes. Agroal reports it as a plain
     * SQLException without a SQL state, known only by its message.
     */
    static boolean poolExhausted(Throwable e) {
        return sqlExceptionInCauses(e, sql -> sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().contains("acquisition timeout"));
    }

    /** A deadlock (SQL state 40P01) or serialisation failure (40001) somewhere in the causes. */
    static boolean transactionConflict(Throwable e) {
        return sqlStateInCauses(e, state -> state.equals("40P01") || state.equals("40001"));
    }

    private static boolean sqlStateInCauses(Throwable e, Predicate<String> state) {
        return sqlExceptionInCauses(e, sql -> sql.getSQLState() != null && state.test(sql.getSQLState()));
    }

    /**
     * Searches the causes and what they suppressed: a commit that fails because PostgreSQL went
     * away reports a RollbackException whose SQL error is only among the suppressed ones.
     */
    private static boolean sqlExceptionInCauses(Throwable e, Predicate<java.sql.SQLException> matches) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(e));
        while (!next.isEmpty()) {
            Throwable t = next.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof java.sql.SQLException sql && matches.test(sql)) {
                return true;
            }
            if (t.getCause() != null) {
                next.push(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    static Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_PREFIX + type, title, status, detail, instance, violations))
                .build();
    }

    /** Drops the method and, for body or bean parameters, the parameter name: {@code create.request.name} → name. */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && parameter == null) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return String.join(".", names);
    }

    /** The dotted path of a key that STRICT_DUPLICATE_DETECTION refused, or null for other parse errors. */
    private static String duplicateKey(JsonParseException e) {
        String message = e.getOriginalMessage();
        JsonParser p = e.getProcessor();
        if (message == null || !message.startsWith("Duplicate field '") || p == null) {
            return null;
        }
        String name = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext().getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            segments.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String path = String.join("", segments) + "." + name;
        return path.substring(1);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "timestamp (ISO-8601 with zone)";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
