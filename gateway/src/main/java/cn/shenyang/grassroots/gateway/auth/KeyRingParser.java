package cn.shenyang.grassroots.gateway.auth;

import cn.shenyang.grassroots.platform.security.Claims;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.Key;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * How the gateway verifies bearer tokens: with the key of its own ring that the token's kid names
 * (in memory, never fetching its own JWKS over HTTP as the services do), so tokens signed by the
 * previous key stay valid through a rotation. Only RS256; a token naming no key is held to the key
 * that signs now, one naming an unknown key is refused.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class KeyRingParser extends DefaultJWTParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SigningKeys keys;

    private final Map<String, JWTAuthContextInfo> contexts = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        String kid = kid(token);
        SigningKeys.Key key = kid == null ? keys.signing()
                : keys.verifying(kid).orElseThrow(() -> new ParseException("The token's key is not known"));
        return parse(token, contexts.computeIfAbsent(key.kid(), k -> context(key.pair().publicKey())));
    }

    /** The rules every token is held to, with one verification key. */
    static JWTAuthContextInfo context(Key publicKey) {
        JWTAuthContextInfo info = new JWTAuthContextInfo((PublicKey) publicKey, Claims.ISSUER);
        // Only RS256: a token claiming "none" or an HMAC algorithm is refused before its claims are read.
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setGroupsPath("groups");
        info.setTokenSchemes(List.of("Bearer"));
        info.setRequiredClaims(Set.of("sub", "exp", "iat"));
        return info;
    }

    private static String kid(String token) throws ParseException {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            throw new ParseException("Not a signed JWT");
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot)));
            JsonNode kid = header == null ? null : header.get("kid");
            if (kid != null && !kid.isTextual()) {
                throw new ParseException("The token's kid is not a string");
            }
            return kid == null ? null : kid.asText();
        } catch (IOException | IllegalArgumentException e) {
            throw new ParseException("The token's header is not valid");
        }
    }
}
