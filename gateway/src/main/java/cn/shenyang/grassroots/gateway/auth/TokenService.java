package cn.shenyang.grassroots.gateway.auth;

import cn.shenyang.grassroots.gateway.account.Account;
import cn.shenyang.grassroots.gateway.account.RoleSet;
import cn.shenyang.grassroots.gateway.client.IntegrationClient;
import cn.shenyang.grassroots.gateway.problem.OAuthException;
import cn.shenyang.grassroots.gateway.problem.RetryLaterException;
import cn.shenyang.grassroots.gateway.problem.UnavailableException;
import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.security.Claims;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/** Checks credentials and issues access tokens; the claims are the contract every service reads. */
@ApplicationScoped
public class TokenService {
    private static final Logger LOG = Logger.getLogger(TokenService.class);

    /** An access token; with a refresh token when a person signed in or refreshed (never for a client). */
    public record IssuedToken(String accessToken, long expiresIn, String refreshToken) {}

    @Inject
    SigningKeys keys;

    @Inject
    AuthConfig config;

    @Inject
    Passwords passwords;

    @Inject
    LoginAttempts attempts;

    @Inject
    Sessions sessions;

    @Inject
    OrgReplica replica;

    @Inject
    Clock clock;

    @Inject
    JWTParser parser;

    public IssuedToken password(String username, String password, String address) {
        // A missing part is a malformed request (400), not a guess: it is not counted as a failed login.
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw OAuthException.invalidRequest("username and password are required for grant_type=password");
        }
        requireNoWait(username, address);
        Optional<Account> found = Account.byUsername(username);
        boolean ok = passwords.matches(password, found.map(a -> a.passwordHash).orElse(null))
                && found.get().enabled;
        if (!ok) {
            attempts.failed(username, address);
            // the user name is the caller's input, not a secret; the password never is logged
            LOG.infof("Refused password login for '%s' from %s", username, address);
            throw OAuthException.invalidCredentials(false);
        }
        attempts.succeeded(username, address);
        Account a = found.get();
        Sessions.Refresh refresh = sessions.start(a.username, address);
        return issue(a.username, RoleSet.split(a.roles), a.orgUnitId, a.departmentId, refresh);
    }

    /**
     * grant_type=refresh_token: a new access token with the account's roles and scope as they are
     * now, and the refresh token's successor. A disabled or deleted account's session ends.
     */
    public IssuedToken refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw OAuthException.invalidRequest("refresh_token is required for grant_type=refresh_token");
        }
        Sessions.Refresh next = sessions.rotate(refreshToken);
        Optional<Account> found = Account.byUsername(next.subject());
        if (found.isEmpty() || !found.get().enabled) {
            sessions.revokeAll(next.subject());
            throw OAuthException.invalidRefreshToken("The account is disabled; its sessions have ended");
        }
        Account a = found.get();
        return issue(a.username, RoleSet.split(a.roles), a.orgUnitId, a.departmentId, next);
    }

    public IssuedToken clientCredentials(String clientId, String secret, String address) {
        if (clientId == null || clientId.isBlank() || secret == null || secret.isEmpty()) {
            throw OAuthException.invalidRequest("client_id and client_secret are required for grant_type=client_credentials");
        }
        requireNoWait("client:" + clientId, address);
        Optional<IntegrationClient> found = IntegrationClient.byClientId(clientId);
        boolean ok = passwords.matches(secret, found.map(c -> c.secretHash).orElse(null)) && found.get().enabled;
        if (!ok) {
            attempts.failed("client:" + clientId, address);
            LOG.infof("Refused client login for '%s' from %s", clientId, address);
            throw OAuthException.invalidCredentials(true);
        }
        attempts.succeeded("client:" + clientId, address);
        IntegrationClient c = found.get();
        // RFC 6749 §4.4.3: a client holds its own credentials and gets no refresh token
        return issue(c.clientId, RoleSet.split(c.roles), c.orgUnitId, null, null);
    }

    /**
     * Signs a token for this subject; the org path is read from the replica at this moment. A
     * token of a session carries its id ({@code sid}), so revoking the token ends the session.
     */
    public IssuedToken issue(String subject, List<String> roles, UUID orgUnitId, UUID departmentId,
            Sessions.Refresh session) {
        Instant now = clock.instant();
        Duration lifetime = config.tokenLifetime();
        JwtClaimsBuilder claims = Jwt.issuer(Claims.ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(new HashSet<>(roles))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim("jti", UUID.randomUUID().toString());
        if (orgUnitId != null) {
            // Never issue a token without the scope an account is bound to: without orgPath it would see more.
            String path = replica.pathOf(orgUnitId).orElseThrow(() -> new UnavailableException(
                    "Your org unit is not known to the gateway yet; try again shortly"));
            claims.claim(Claims.ORG_UNIT_ID, orgUnitId.toString()).claim(Claims.ORG_PATH, path);
        }
        if (departmentId != null) {
            claims.claim(Claims.DEPARTMENT_ID, departmentId.toString());
        }
        if (session != null) {
            claims.claim(SESSION_ID, session.sessionId().toString());
        }
        SigningKeys.Key signing = keys.signing();
        String token = claims.jws().keyId(signing.kid()).algorithm(SignatureAlgorithm.RS256)
                .sign(signing.pair().privateKey());
        return new IssuedToken(token, lifetime.toSeconds(), session == null ? null : session.token());
    }

    /**
     * Ends the session a token belongs to: a refresh token's, or an access token's {@code sid}
     * (verified first: an unsigned or forged token ends nothing). Unknown tokens end nothing.
     */
    public void revoke(String token) {
        if (token.chars().filter(ch -> ch == '.').count() == 2) {
            try {
                JsonWebToken access = parser.parse(token);
                String sid = access.getClaim(SESSION_ID);
                if (sid != null) {
                    sessions.revoke(UUID.fromString(sid), access.getSubject());
                }
            } catch (ParseException | IllegalArgumentException e) {
                // RFC 7009 §2.2: an invalid token is answered like a revoked one
            }
            return;
        }
        sessions.revokeByRefreshToken(token);
    }

    /** Signs a subject out everywhere. */
    public void revokeAll(String subject) {
        sessions.revokeAll(subject);
    }

    /** The claim naming the session an access token was issued in (OpenID Connect's {@code sid}). */
    public static final String SESSION_ID = "sid";

    private void requireNoWait(String account, String address) {
        attempts.waitBefore(account, address).ifPresent(wait -> {
            throw new RetryLaterException("Too many failed sign-ins; try again in "
                    + RetryLaterException.seconds(wait) + " seconds", wait);
        });
    }
}
