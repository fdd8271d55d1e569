package cn.shenyang.grassroots.platform.strict;

import cn.shenyang.grassroots.platform.problem.VertxProblems;
import io.quarkus.arc.All;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Enforces {@link HttpLimits} before anything reads the request: a request line, headers or body over
 * its limit answers 414, 431 or 413 as problem+json. A body is refused from its Content-Length
 * without being read; a body without one is read with the limit and refused the moment it passes it.
 */
@ApplicationScoped
public class RequestLimits {
    @Inject
    HttpLimits limits;

    @Inject
    @All
    List<StreamedBodies> streamed;

    private BodyHandler bodyReader;

    void register(@Observes Filters filters) {
        bodyReader = BodyHandler.create(false).setBodyLimit(limits.body().asLongValue());
        filters.register(this::check, 3000);
    }

    /** Failures raised by Vert.x handlers (the body reader's 413) answered in the suite's shape. */
    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().ended()) {
                tooLarge(ctx, limits.body().asLongValue());
            } else {
                ctx.next();
            }
        });
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method().name().length() + request.uri().length() + 10 > limits.requestLine().asLongValue()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            VertxProblems.send(ctx, 414, "uri-too-long", "URI too long",
                    "The request line is longer than " + limits.requestLine().asLongValue() + " bytes");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headerBytes += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headerBytes > limits.headers().asLongValue()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            VertxProblems.send(ctx, 431, "headers-too-large", "Request header fields too large",
                    "The request headers are larger than " + limits.headers().asLongValue() + " bytes");
            return;
        }
        boolean bulk = isBulk(limits, request.getHeader(HttpHeaders.CONTENT_TYPE));
        long limit = bulk ? limits.bulkBody().asLongValue() : limits.body().asLongValue();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = Long.MAX_VALUE;
            }
            if (declared > limit) {
                tooLarge(ctx, limit);
                return;
            }
        }
        if (readFirst(request, bulk)) {
            // read now, within the limit; the REST layer then takes the body from the context
            bodyReader.handle(ctx);
            return;
        }
        ctx.next();
    }

    /** Whether a body of {@code contentType} is a bulk body under {@code limits} (an import's). */
    public static boolean isBulk(HttpLimits limits, String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim();
        return limits.bulkMediaTypes().stream().anyMatch(type::equalsIgnoreCase);
    }

    /**
     * A JSON body sent without Content-Length is read here, so its limit holds while it streams in.
     * Not bulk bodies (their handlers stream them), not forms (the REST layer parses those itself,
     * attribute by attribute within their own limit), not streamed paths, and not over HTTP/2,
     * where the REST layer cannot take a body read before it (HTTP/2 clients send Content-Length).
     */
    private boolean readFirst(HttpServerRequest request, boolean bulk) {
        if (bulk || request.version() == HttpVersion.HTTP_2 || request.method() == HttpMethod.GET
                || request.method() == HttpMethod.HEAD || request.method() == HttpMethod.OPTIONS
                || request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return false;
        }
        String type = String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase();
        return !type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/")
                && streamed.stream().noneMatch(s -> s.streams(request.path()));
    }

    /** The rest of the body is never read: the connection closes after the answer. */
    private static void tooLarge(RoutingContext ctx, long limit) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        VertxProblems.send(ctx, 413, "payload-too-large", "Payload too large",
                "The request body is larger than " + limit + " bytes, the limit for this media type");
    }
}
