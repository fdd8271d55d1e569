package cn.shenyang.grassroots.gateway.routing;

import io.vertx.ext.web.RoutingContext;

/** Every request through the gateway carries an X-Request-Id: the caller's when sane, a new one otherwise. */
public final class RequestIds {
    private RequestIds() {}

    public static final String HEADER = cn.shenyang.grassroots.platform.http.RequestIds.HEADER;

    public static void assign(RoutingContext ctx) {
        // short printable ids only, so a caller cannot inject log lines or huge headers
        String id = ctx.request().getHeader(HEADER);
        String assigned = cn.shenyang.grassroots.platform.http.RequestIds.acceptedOrNew(id);
        if (!assigned.equals(id)) {
            ctx.request().headers().set(HEADER, assigned);
        }
        // set last, so it is on every answer: the gateway's own, a service's, or a problem
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, assigned));
        ctx.next();
    }
}
