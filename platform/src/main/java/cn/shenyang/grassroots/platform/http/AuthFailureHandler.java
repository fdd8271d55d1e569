package cn.shenyang.grassroots.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Hands a failure of authentication or authorisation after the authentication filter to Quarkus
 * REST's exception mappers, as Quarkus REST's own filter does, one step earlier. That filter, with
 * Micrometer present, also works out every request's URI template for the metrics a second time, by
 * building a request mapper of every resource (an eighth of the CPU of reading one org unit), only
 * so that an authorisation failure would carry it; such failures get it from the metrics' failure
 * handler anyway, and the requests that succeed from the resource method. Quarkus REST skips that
 * work when the failure handler in place is no longer the default one, which this filter sees to.
 * It runs at the authentication filter's priority, registered after it, so right after it. Once
 * Quarkus REST takes the request, its own handling maps a failure, so this one steps aside, as Quarkus
 * REST does with its own: kept, it would map the failure a second time over an answer already sent.
 */
@ApplicationScoped
public class AuthFailureHandler {
    static final String KEY = "io.quarkus.vertx.http.auth-failure-handler";
    static final int AUTHENTICATION_PRIORITY = 200;

    private static final BiConsumer<RoutingContext, Throwable> TO_EXCEPTION_MAPPERS = (ctx, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(ctx, failure);
        if (!ctx.failed()) {
            ctx.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void register(@Observes Filters filters) {
        filters.register(AuthFailureHandler::handOver, AUTHENTICATION_PRIORITY);
    }

    static void handOver(RoutingContext ctx) {
        if (ctx.get(KEY) instanceof DefaultAuthFailureHandler) {
            ctx.put(KEY, TO_EXCEPTION_MAPPERS);
        }
        ctx.next();
    }

    @ServerRequestFilter(preMatching = true)
    public void restTakesOver(RoutingContext ctx) {
        if (ctx.get(KEY) == TO_EXCEPTION_MAPPERS) {
            ctx.remove(KEY);
        }
    }
}
