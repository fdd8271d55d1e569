package cn.shenyang.grassroots.gateway.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

/** Why a part is missing, from what a client bean's call failed with; every reason and its boundaries. */
class MissingTest {

    private static Missing.Reason reason(Throwable failure) {
        Missing m = Missing.of("volunteers", "volunteer", failure);
        assertEquals("volunteers", m.part());
        assertEquals("volunteer", m.service());
        return m.reason();
    }

    private static WebApplicationException answered(int status) {
        return new WebApplicationException(Response.status(status).build());
    }

    @Test
    void eachFailureHasItsReason() {
        assertEquals(Missing.Reason.TIMEOUT, reason(new TimeoutException()));
        assertEquals(Missing.Reason.CIRCUIT_OPEN, reason(new CircuitBreakerOpenException()));
        assertEquals(Missing.Reason.BUSY, reason(new BulkheadException()));
        assertEquals(Missing.Reason.DOWN, reason(new ConnectException("Connection refused")));
        assertEquals(Missing.Reason.DOWN, reason(new jakarta.ws.rs.ProcessingException(new ConnectException())));
        assertEquals(Missing.Reason.FORBIDDEN, reason(answered(401)));
        assertEquals(Missing.Reason.FORBIDDEN, reason(answered(403)));
        assertEquals(Missing.Reason.NOT_FOUND, reason(answered(404)));
        assertEquals(Missing.Reason.FAILED, reason(answered(400)));
        assertEquals(Missing.Reason.FAILED, reason(answered(409)));
        assertEquals(Missing.Reason.FAILED, reason(answered(500)));
        assertEquals(Missing.Reason.DOWN, reason(answered(503)));
        assertEquals(Missing.Reason.FAILED, reason(answered(502)));
    }

    @Test
    void theDetailNamesTheServiceAndTheStatusButNoExceptionText() {
        assertEquals("volunteer answered 403", Missing.of("volunteers", "volunteer", answered(403)).detail());
        assertEquals("volunteer could not be reached",
                Missing.of("volunteers", "volunteer", new ConnectException("Connection refused: /127.0.0.1:8082")).detail());
    }
}
