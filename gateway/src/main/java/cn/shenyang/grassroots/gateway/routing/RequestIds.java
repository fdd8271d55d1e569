package cn.shenyang.grassroots.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** Every request through the gateway carries an X-Request-Id: the caller's when sane, a new one otherwise. */
public final class RequestIds {
    private RequestIds() {}

    public static final String HEADER = "X-Request-Id";
    /** Short printable ids only, so a caller cannot inject log lines or huge headers (platform keeps up to 100). */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public static void assign(RoutingContext ctx) {
        String id = ctx.request().getHeader(HEADER);
        if (id == null || !SANE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(HEADER, id);
        }
        String assigned = id;
        // set last, so it is on every answer: the gateway's own, a service's, or a problem
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, assigned));
        ctx.next();
    }
}
