package cn.shenyang.grassroots.gateway.routing;

import cn.shenyang.grassroots.platform.security.VerifiedTokens;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the bearer token of a request on the Vert.x layer (routing and rate limits), once per
 * request, with the same key, rules and memory of verified tokens as the gateway's own endpoints
 * (platform's {@link VerifiedTokens}).
 */
@ApplicationScoped
public class BearerTokens {
    private static final String VERIFIED = "grassroots.bearer";
    private static final Object INVALID = new Object();

    @Inject
    VerifiedTokens tokens;

    public enum State { ABSENT, INVALID, VALID }

    public State state(RoutingContext ctx) {
        Object v = verify(ctx);
        return v == null ? State.ABSENT : v == INVALID ? State.INVALID : State.VALID;
    }

    public Optional<JsonWebToken> token(RoutingContext ctx) {
        Object v = verify(ctx);
        return v instanceof JsonWebToken t ? Optional.of(t) : Optional.empty();
    }

    private Object verify(RoutingContext ctx) {
        if (ctx.data().containsKey(VERIFIED)) {
            return ctx.get(VERIFIED);
        }
        String header = ctx.request().getHeader("Authorization");
        Object result = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            result = tokens.verify(header.substring(7).trim()).<Object>map(t -> t).orElse(INVALID);
        } else if (header != null) {
            result = INVALID;
        }
        ctx.put(VERIFIED, result);
        return result;
    }
}
