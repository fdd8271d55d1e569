package cn.shenyang.grassroots.platform.problem;

import java.util.List;

/**
 * The few ways a request can fail that services throw; {@link ProblemMappers} turns each into
 * problem+json once, so no resource builds error responses by hand.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;

    protected ProblemException(int status, String type, String title, String detail,
            List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public List<Problem.Violation> violations() { return violations; }

    /** 404: the thing does not exist, or the caller may not know that it does. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " was not found", null);
    }

    /** 400 with one field violation. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    /** 400 with several field violations. */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, violations);
    }

    /** 409: the request is well-formed but clashes with the current state. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    /** 409 for a workflow action that the current state does not allow. */
    public static ProblemException invalidTransition(String detail) {
        return new ProblemException(409, "invalid-transition", "Action not allowed in the current state", detail, null);
    }

    /** 422: the request is understood but cannot be processed as sent. */
    public static ProblemException unprocessable(String detail, List<Problem.Violation> violations) {
        return new ProblemException(422, "unprocessable", "Unprocessable request", detail, violations);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail, null);
    }

    /** 413: the body is more than the operation can process at once. */
    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail, null);
    }

    /** 415: the body's media type, or its absence, is not one the operation takes. */
    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "http-415", "Unsupported Media Type", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }
}
