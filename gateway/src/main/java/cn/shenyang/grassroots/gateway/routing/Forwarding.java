package cn.shenyang.grassroots.gateway.routing;

import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemMappers;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What the gateway adds to a proxied exchange: forwarding headers on the way in; on the way out
 * the Location rewritten to the gateway's address, and a problem+json 503/504 instead of a raw
 * connection error when the service is down or too slow. Bodies and other headers pass unchanged.
 */
class Forwarding implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(Forwarding.class);

    private final String service;
    private final URI origin;

    Forwarding(String service, URI origin) {
        this.service = service;
        this.origin = origin;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        ProxyRequest request = ctx.request();
        HttpServerRequest in = request.proxiedRequest();
        if (in.remoteAddress() != null) {
            request.headers().set("X-Forwarded-For", in.remoteAddress().host());
        }
        request.headers().set("X-Forwarded-Proto", in.scheme());
        if (in.authority() != null) {
            request.headers().set("X-Forwarded-Host", in.authority().toString());
        }
        return ctx.sendRequest().recover(failure -> {
            int status = statusFor(failure);
            // the same MDC key as platform's RequestIds, so this line carries the request id too
            MDC.put("requestId", String.valueOf(in.getHeader(RequestIds.HEADER)));
            LOG.warnf("%s %s → %s failed (%s: %s); answering %d", in.method(), in.path(), service,
                    failure.getClass().getSimpleName(), failure.getMessage(), status);
            MDC.remove("requestId");
            String detail = status == 504
                    ? "The " + service + " service did not answer in time; try again"
                    : "The " + service + " service is not available at the moment; try again shortly";
            String title = status == 504 ? "Gateway timeout" : status == 503 ? "Service unavailable" : "Bad gateway";
            String type = status == 504 ? "gateway-timeout" : status == 503 ? "service-unavailable" : "bad-gateway";
            Buffer body = Buffer.buffer(Json.encode(new Problem(ProblemMappers.TYPE_PREFIX + type, title, status,
                    detail, in.path(), null)));
            ProxyResponse response = request.release().response()
                    .setStatusCode(status)
                    .setBody(Body.body(body));
            response.headers().clear();
            response.putHeader("Content-Type", Problem.MEDIA_TYPE);
            if (status == 503) {
                response.putHeader("Retry-After", "5");
            }
            return Future.succeededFuture(response);
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        ProxyResponse response = ctx.response();
        String location = response.headers().get("Location");
        if (location != null) {
            response.headers().set("Location", rewrite(location, ctx.request().proxiedRequest()));
        }
        return ctx.sendResponse();
    }

    /** The service built its Location from its own address; callers must see the gateway's. */
    String rewrite(String location, HttpServerRequest in) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || in.authority() == null) {
            return location;
        }
        String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return in.scheme() + "://" + in.authority() + rest;
    }

    static int statusFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (t instanceof ConnectException || t instanceof UnknownHostException || name.contains("ConnectTimeout")
                    || name.contains("Connect")) {
                return 503;
            }
            if (name.contains("Timeout")) {
                return 504;
            }
        }
        String message = String.valueOf(failure.getMessage()).toLowerCase();
        if (message.contains("timeout")) {
            return 504;
        }
        if (message.contains("connection refused") || message.contains("connect")) {
            return 503;
        }
        return 502;
    }
}
