package cn.shenyang.grassroots.gateway.routing;

import cn.shenyang.grassroots.gateway.problem.RetryLaterException;
import cn.shenyang.grassroots.gateway.ratelimit.RateLimiter;
import cn.shenyang.grassroots.platform.problem.VertxProblems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs before every route, the gateway's own endpoints and proxied ones alike: assigns the request
 * id, then applies the caller's rate limit to API calls, then (when configured) the limit on API
 * requests in flight.
 */
@ApplicationScoped
public class GatewayFilters {
    @Inject
    BearerTokens bearer;

    @Inject
    RateLimiter limiter;

    @Inject
    ProxyConfig proxy;

    void register(@Observes Filters filters, Vertx vertx) {
        filters.register(RequestIds::assign, 1000);
        filters.register(this::rateLimit, 900);
        proxy.maxInFlight().ifPresent(places -> filters.register(new InFlightLimit(vertx, places,
                proxy.connectTimeout().toMillis(), proxy.inFlightLease().toMillis())::admit, 800));
    }

    private void rateLimit(RoutingContext ctx) {
        if (!limiter.enabled() || !ctx.request().path().startsWith("/api/")) {
            ctx.next();
            return;
        }
        JsonWebToken token = bearer.token(ctx).orElse(null);
        RateLimiter.Decision d = token != null
                ? limiter.forSubject(token.getSubject(), token.getGroups())
                : limiter.forAddress(ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host());
        if (d.allowed()) {
            ctx.response().putHeader("X-RateLimit-Limit", Long.toString(d.limit()));
            ctx.response().putHeader("X-RateLimit-Remaining", Long.toString(d.remaining()));
            ctx.next();
            return;
        }
        long seconds = RetryLaterException.seconds(d.retryAfter());
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        ctx.response().putHeader("X-RateLimit-Limit", Long.toString(d.limit()));
        ctx.response().putHeader("X-RateLimit-Remaining", "0");
        VertxProblems.send(ctx, 429, "too-many-requests", "Too many requests",
                "You have used your " + d.limit() + " requests for this period; try again in " + seconds + " seconds");
    }
}
