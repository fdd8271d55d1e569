package cn.shenyang.grassroots.gateway.auth;

import cn.shenyang.grassroots.platform.security.Claims;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * The gateway verifies bearer tokens with its own public key in memory, instead of fetching its
 * own JWKS over HTTP as the services do (platform's {@code mp.jwt.verify.publickey.location}).
 */
@ApplicationScoped
public class VerificationKey {
    @Inject
    SigningKey key;

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo() {
        JWTAuthContextInfo info = new JWTAuthContextInfo(key.publicKey(), Claims.ISSUER);
        // Only RS256: a token claiming "none" or an HMAC algorithm is refused before its claims are read.
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setGroupsPath("groups");
        info.setTokenSchemes(List.of("Bearer"));
        info.setRequiredClaims(Set.of("sub", "exp", "iat"));
        return info;
    }
}
