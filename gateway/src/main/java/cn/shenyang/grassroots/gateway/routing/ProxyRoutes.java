package cn.shenyang.grassroots.gateway.routing;

import cn.shenyang.grassroots.platform.problem.VertxProblems;
import cn.shenyang.grassroots.platform.strict.HttpLimits;
import cn.shenyang.grassroots.platform.strict.RequestLimits;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Mounts a streaming reverse proxy on Quarkus's own Vert.x router for every prefix of the route
 * table. The gateway checks the bearer token first (services check it again), so anonymous
 * traffic never reaches a service.
 */
@ApplicationScoped
public class ProxyRoutes {
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** "/./", "/../" (also at the end), or a percent-encoded dot anywhere. */
    private static final Pattern DOT_SEGMENTS = Pattern.compile("(?i)%2e|/\\.{1,2}(/|$)");

    @Inject
    RoutesConfig routes;

    @Inject
    ProxyConfig config;

    @Inject
    BearerTokens bearer;

    @Inject
    HttpLimits limits;

    void install(@Observes Router router, Vertx vertx) {
        HttpClient shared = pooled(vertx, config.maxConnections());
        // resends go out on a connection of their own: the pool may still hand out the one that just closed
        HttpClient fresh = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.maxConnections())
                .setKeepAlive(false));
        for (Map.Entry<String, RoutesConfig.Route> e : routes.services().entrySet()) {
            String service = e.getKey();
            URI origin = URI.create(e.getValue().url());
            long timeout = e.getValue().timeout().orElse(config.timeout()).toMillis();
            long bulkTimeout = Math.max(timeout, config.bulkTimeout().toMillis());
            // a pool of its own when it has a cap of its own (a pool caps each address it connects to)
            HttpClient client = e.getValue().maxConnections().map(max -> pooled(vertx, max)).orElse(shared);
            int port = origin.getPort() > 0 ? origin.getPort() : "https".equals(origin.getScheme()) ? 443 : 80;
            Function<HttpServerRequest, RequestOptions> options = in -> new RequestOptions()
                    .setHost(origin.getHost())
                    .setPort(port)
                    .setConnectTimeout(config.connectTimeout().toMillis())
                    .setIdleTimeout(RequestLimits.isBulk(limits, in.getHeader(HttpHeaders.CONTENT_TYPE)) ? bulkTimeout : timeout);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, c) -> c.request(options.apply(request)))
                    .addInterceptor(new Forwarding(service, options, fresh, limits.body().asLongValue()));
            Handler<RoutingContext> handler = ctx -> {
                // The route matched the normalised path but the service would get the raw one; refuse
                // dot segments and encoded dots rather than let two parsers disagree about where it goes.
                if (DOT_SEGMENTS.matcher(ctx.request().path()).find()) {
                    VertxProblems.send(ctx, 400, "validation", "Invalid request",
                            "The path must not contain dot segments or encoded dots");
                    return;
                }
                switch (bearer.state(ctx)) {
                    case VALID -> proxy.handle(ctx.request());
                    case ABSENT -> unauthorized(ctx, "A bearer token is required; get one from POST /api/v1/auth/token");
                    case INVALID -> unauthorized(ctx, "The bearer token is invalid or expired; get a new one from POST /api/v1/auth/token");
                }
            };
            for (String prefix : e.getValue().prefixes()) {
                router.route(prefix.strip().replaceAll("/+$", "") + "/*").handler(handler);
            }
            LOG.infof("Routing %s to %s", e.getValue().prefixes(), origin);
        }
        // Anything under /api that neither the gateway nor a route owns: a problem, not Vert.x's plain text.
        router.route("/api/*").last().handler(ctx -> VertxProblems.send(ctx, 404, "http-404", "Not Found",
                "No resource exists at this path"));
    }

    /** Keep-alive connections to a service, at most {@code max} at once to each address. */
    private HttpClient pooled(Vertx vertx, int max) {
        return vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(max)
                .setKeepAlive(true));
    }

    private static void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        VertxProblems.send(ctx, 401, "unauthorized", "Unauthorized", detail);
    }
}
