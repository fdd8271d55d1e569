package cn.shenyang.grassroots.platform.http;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Evaluates {@link IfMatch} before the body is read: 404 when not visible, 428 without If-Match, 412 when stale. */
public class Preconditions {

    @ServerRequestFilter(priority = 200)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        IfMatch ifMatch = method == null ? null : method.getAnnotation(IfMatch.class);
        if (ifMatch == null) {
            return;
        }
        String raw = request.getUriInfo().getPathParameters().getFirst(ifMatch.pathParam());
        CurrentVersion versions = Arc.container().instance(ifMatch.value()).get();
        // its own transaction, so what it loads is not left in the request's persistence context
        // for the update to find stale after its own transaction has committed
        long current = QuarkusTransaction.requiringNew().call(() -> versions.of(raw, ifMatch.pathParam()));
        Versions.requireMatch(request.getHeaderString(HttpHeaders.IF_MATCH), current);
    }
}
