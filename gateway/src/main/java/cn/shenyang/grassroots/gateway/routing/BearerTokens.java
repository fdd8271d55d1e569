package cn.shenyang.grassroots.gateway.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the bearer token of a request on the Vert.x layer (routing and rate limits), once per
 * request, with the same key and rules as the gateway's own endpoints. A token that verified is
 * remembered by its exact text, so a client's next calls skip the RSA check; its expiry is still
 * checked on every call.
 */
@ApplicationScoped
public class BearerTokens {
    private static final String VERIFIED = "grassroots.bearer";
    private static final Object INVALID = new Object();

    @Inject
    JWTParser parser;

    @Inject
    Clock clock;

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(5)).build();

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
            result = verify(header.substring(7).trim());
        } else if (header != null) {
            result = INVALID;
        }
        ctx.put(VERIFIED, result);
        return result;
    }

    private Object verify(String token) {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            if (known.getExpirationTime() > clock.instant().getEpochSecond()) {
                return known;
            }
            verified.invalidate(token);
            return INVALID;
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            verified.put(token, jwt);
            return jwt;
        } catch (ParseException | RuntimeException e) {
            return INVALID;
        }
    }
}
