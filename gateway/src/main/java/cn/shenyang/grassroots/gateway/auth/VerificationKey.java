package cn.shenyang.grassroots.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * smallrye-jwt's default verification settings for the gateway: its own signing key in memory,
 * instead of the JWKS URL the services use (platform's {@code mp.jwt.verify.publickey.location}).
 * Tokens themselves are verified by {@link KeyRingParser}, with the key their kid names.
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
        return KeyRingParser.context(key.publicKey());
    }
}
