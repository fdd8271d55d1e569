package cn.shenyang.grassroots.gateway.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way to read org-structure-service, for the overview and the profile. Every call is a GET, so one quick retry is
 * safe, but only when no answer came (a refused or dropped connection): a timeout has spent the
 * budget already and an HTTP answer is the service's word. Only such failures count towards the
 * circuit breaker; a 403 or 404 means the service is up. Tunable per class in MicroProfile config,
 * e.g. {@code cn.shenyang.grassroots.gateway.overview.OrgStructureClient/Timeout/value}.
 */
@ApplicationScoped
@AsynchronousNonBlocking
@Timeout(2000)
@Retry(maxRetries = 1, delay = 50, jitter = 0, abortOn = {WebApplicationException.class, TimeoutException.class,
        CircuitBreakerOpenException.class, BulkheadException.class})
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, successThreshold = 2,
        skipOn = WebApplicationException.class)
@Bulkhead(value = 32, waitingTaskQueue = 64)
public class OrgStructureClient {
    @RestClient
    OrgStructureApi api;

    public Uni<JsonNode> overview(String auth, UUID orgUnitId, int year) {
        return api.overview(auth, orgUnitId, year);
    }

    public Uni<JsonNode> profile(String auth, UUID orgUnitId) {
        return api.profile(auth, orgUnitId);
    }
}
