package cn.shenyang.grassroots.platform.problem;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Problem+json answered straight from a Vert.x handler (routing, rate limits), in the suite's shape. */
public final class VertxProblems {
    private VertxProblems() {}

    public static void send(RoutingContext ctx, int status, String type, String title, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.request().connection().close();
            return;
        }
        String body = Json.encode(new Problem(ProblemMappers.TYPE_PREFIX + type, title, status, detail,
                ctx.request().path(), null));
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
