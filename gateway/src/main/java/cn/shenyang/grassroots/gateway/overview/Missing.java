package cn.shenyang.grassroots.gateway.overview;

import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MissingPart", description = "A part of a composite view that is absent, the service that computes it and why")
public record Missing(
        @Schema(required = true, description = "The part's property name in the view, e.g. volunteers") String part,
        @Schema(required = true, description = "The service that computes it, as the route table names it "
                + "(org-structure, volunteer, cadre-pipeline, rural-industry)") String service,
        @Schema(required = true, description = "DOWN: the service refused or dropped the connection, or answered "
                + "503; TIMEOUT: it did not answer within the call's timeout; CIRCUIT_OPEN: it failed so often "
                + "lately that it is not asked for a few seconds; BUSY: too many calls to it are already waiting; "
                + "FORBIDDEN: it refused the caller "
                + "(401/403); NOT_FOUND: it does not know the org unit (yet, or not in the caller's scope there); "
                + "FAILED: it answered another error") Reason reason,
        @Schema(required = true, description = "What happened, in a sentence") String detail) {

    @Schema(name = "MissingReason")
    public enum Reason { DOWN, TIMEOUT, CIRCUIT_OPEN, BUSY, FORBIDDEN, NOT_FOUND, FAILED }

    /** Why a call failed, from what the REST client or the fault-tolerance guards threw. */
    static Missing of(String part, String service, Throwable failure) {
        if (failure instanceof TimeoutException) {
            return new Missing(part, service, Reason.TIMEOUT, service + " did not answer in time");
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new Missing(part, service, Reason.CIRCUIT_OPEN, service + " failed repeatedly; not asked for a few seconds");
        }
        if (failure instanceof BulkheadException) {
            return new Missing(part, service, Reason.BUSY, "too many calls to " + service + " are waiting");
        }
        if (failure instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            Reason reason = status == 401 || status == 403 ? Reason.FORBIDDEN
                    : status == 404 ? Reason.NOT_FOUND
                    // 503 is how a service that is starting or has lost its database says it is down
                    : status == 503 ? Reason.DOWN : Reason.FAILED;
            return new Missing(part, service, reason, service + " answered " + status);
        }
        return new Missing(part, service, Reason.DOWN, service + " could not be reached");
    }
}
