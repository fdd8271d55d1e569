package cn.shenyang.grassroots.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once and remembers it by its exact text, so a client's next calls skip
 * the signature check and the hop to a worker thread that verifying against the gateway's JWKS
 * needs; the expiry is still checked on every call. Runs before smallrye-jwt's own validator, with
 * the same parser, so a token is accepted on exactly the same terms.
 */
@Singleton
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {
    @Inject
    JWTParser parser;

    @Inject
    Clock clock;

    /** A verified token with what each call needs of it read once: claims are looked up by name in a map. */
    private record Verified(JsonWebToken jwt, long expiresAt, Set<String> groups) {
        static Verified of(JsonWebToken jwt) {
            Set<String> groups = jwt.getGroups();
            return new Verified(jwt, jwt.getExpirationTime(), groups == null ? Set.of() : Set.copyOf(groups));
        }
    }

    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(20)).build();

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before smallrye-jwt's own validator, which takes SYSTEM_FIRST + 1. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 10;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        Verified known = known(token);
        if (known != null) {
            return Uni.createFrom().item(identity(request, known));
        }
        return context.runBlocking(() -> identity(request, verified(token)
                .orElseThrow(() -> new AuthenticationFailedException("invalid or expired bearer token"))));
    }

    /** A token verified before and not expired since, without any I/O; null otherwise. */
    public JsonWebToken remembered(String token) {
        Verified known = known(token);
        return known == null ? null : known.jwt();
    }

    private Verified known(String token) {
        Verified known = verified.getIfPresent(token);
        if (known != null && known.expiresAt() <= clock.instant().getEpochSecond()) {
            verified.invalidate(token);
            return null;
        }
        return known;
    }

    /** The token when it is valid now, verifying it the first time (may block to fetch the signing key). */
    public Optional<JsonWebToken> verify(String token) {
        return verified(token).map(Verified::jwt);
    }

    private Optional<Verified> verified(String token) {
        Verified known = known(token);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Verified jwt = Verified.of(parser.parse(token));
            verified.put(token, jwt);
            return Optional.of(jwt);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** As smallrye-jwt builds it: the token as principal and credential, its groups as roles. */
    private static SecurityIdentity identity(TokenAuthenticationRequest request, Verified verified) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(verified.jwt())
                .addCredential(request.getToken())
                .addRoles(verified.groups())
                .addAttribute("quarkus.user", verified.jwt());
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing != null) {
            identity.addAttribute(RoutingContext.class.getName(), routing);
        }
        return identity.build();
    }
}
