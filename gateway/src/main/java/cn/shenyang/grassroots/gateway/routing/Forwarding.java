package cn.shenyang.grassroots.gateway.routing;

import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemMappers;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What the gateway adds to a proxied exchange: forwarding headers on the way in; on the way out
 * the Location rewritten to the gateway's address, and a problem+json 503/504 instead of a raw
 * connection error when the service is down or too slow. Bodies and other headers pass unchanged.
 *
 * <p>A pooled keep-alive connection can be closed by the service just as a request is sent on it.
 * Such a request is sent once more on a fresh connection when sending it twice cannot do harm:
 * an idempotent method (RFC 9110 §9.2.2), or a POST/PATCH carrying an Idempotency-Key (the service
 * replays its first answer), with a body small enough to keep for the second try. Any other request
 * may have reached the service, so it is answered 503 and never sent twice.
 */
class Forwarding implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(Forwarding.class);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    private final String service;
    private final Function<HttpServerRequest, RequestOptions> origin;
    private final HttpClient fresh;
    private final long replayableBody;

    /** {@code fresh} opens a new connection for every request (no keep-alive), for the second try. */
    Forwarding(String service, Function<HttpServerRequest, RequestOptions> origin, HttpClient fresh, long replayableBody) {
        this.service = service;
        this.origin = origin;
        this.fresh = fresh;
        this.replayableBody = replayableBody;
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
        Future<ProxyResponse> sent = replayable(in)
                ? keep(in).compose(body -> {
                    request.setBody(Body.body(body));
                    return ctx.sendRequest().recover(failure -> {
                        if (!closedBeforeAnswer(failure)) {
                            return Future.failedFuture(failure);
                        }
                        LOG.debugf("%s %s → %s: connection closed before an answer; sending once more", in.method(),
                                in.path(), service);
                        return fresh.request(origin.apply(in)).compose(copy(request, body)::send);
                    });
                })
                : ctx.sendRequest();
        return sent.recover(failure -> Future.succeededFuture(problem(request, in, failure)));
    }

    /**
     * The second try as a proxy request of its own, the same in every part. Sending the first one
     * again would race with it: when its outbound request fails, vertx-http-proxy resets whichever
     * outbound request that proxy request holds by then, which may already be the second try's
     * (seen as a 502 with "Stream reset: 0" instead of the replayed answer).
     */
    private static ProxyRequest copy(ProxyRequest first, Buffer body) {
        ProxyRequest again = ProxyRequest.reverseProxy(first.proxiedRequest()).setMethod(first.getMethod())
                .setURI(first.getURI()).setBody(Body.body(body));
        if (first.getAuthority() != null) {
            again.setAuthority(first.getAuthority());
        }
        again.headers().clear().addAll(first.headers());
        return again;
    }

    /** The whole (small) body, so it can be sent twice; the proxy paused the request, so it is resumed to read it. */
    private static Future<Buffer> keep(HttpServerRequest in) {
        Future<Buffer> body = in.body();
        in.resume();
        return body;
    }

    /** Safe to send twice, and its body (if any) small enough to keep for the second try. */
    private boolean replayable(HttpServerRequest in) {
        boolean safe = IDEMPOTENT.contains(in.method()) || in.getHeader("Idempotency-Key") != null;
        String length = in.getHeader("Content-Length");
        boolean keepable = length != null ? length.trim().matches("\\d{1,18}") && Long.parseLong(length.trim()) <= replayableBody
                : in.getHeader("Transfer-Encoding") == null;
        return safe && keepable;
    }

    /**
     * The service had as many requests in flight as the gateway sends it at once, and this one's
     * turn did not come within the connect timeout: it was never sent (Vert.x's pool says "when
     * getting a connection").
     */
    static boolean waitedForConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("when getting a connection")) {
                return true;
            }
        }
        return false;
    }

    /** The connection went away before the service answered anything. */
    static boolean closedBeforeAnswer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase();
            if (t instanceof HttpClosedException || t instanceof StreamResetException
                    || message.contains("connection was closed")
                    || message.contains("connection reset")) {
                return true;
            }
        }
        return false;
    }

    private ProxyResponse problem(ProxyRequest request, HttpServerRequest in, Throwable failure) {
        int status = statusFor(failure);
        // the same MDC key as platform's RequestIds, so this line carries the request id too
        MDC.put("requestId", String.valueOf(in.getHeader(RequestIds.HEADER)));
        LOG.warnf("%s %s → %s failed (%s: %s); answering %d", in.method(), in.path(), service,
                failure.getClass().getSimpleName(), failure.getMessage(), status);
        MDC.remove("requestId");
        boolean busy = waitedForConnection(failure);
        String detail = switch (status) {
            case 504 -> "The " + service + " service did not answer in time; try again";
            case 503 -> busy ? "The " + service + " service is busy with as many requests as the gateway sends it at "
                    + "once; this one was not sent; try again shortly"
                    : "The " + service + " service is not available at the moment; try again shortly";
            default -> "The " + service + " service closed the connection before answering, so the request may or "
                    + "may not have been carried out; send writes with an Idempotency-Key to retry them safely";
        };
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
            // a busy service frees a place within a request's time; a down one takes longer to come back
            response.putHeader("Retry-After", busy ? "1" : "5");
        }
        return response;
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
        if (closedBeforeAnswer(failure)) {
            return 502;
        }
        if (waitedForConnection(failure)) {
            return 503;
        }
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
