package cn.shenyang.grassroots.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Carries the gateway's {@code X-Request-Id} into every log line of the request (MDC key
 * {@code requestId}) and back to the caller, so one id follows a call across services.
 */
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String MDC_KEY = "requestId";
    /** Anything else (spaces, newlines, markup) could forge log lines; such ids are replaced. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /**
     * The caller's id when it is a short printable one, a new random one otherwise. Drawn from the
     * thread's own generator: an id names a request in the logs, it guards nothing, and
     * {@code UUID.randomUUID()} takes SecureRandom's lock shared by every thread on each request.
     */
    public static String acceptedOrNew(String id) {
        if (id != null && ACCEPTED.matcher(id).matches()) {
            return id;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48); // IETF variant
        return new UUID(high, low).toString();
    }

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        String id = acceptedOrNew(request.getHeaderString(HEADER));
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void leave(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(MDC_KEY);
    }
}
