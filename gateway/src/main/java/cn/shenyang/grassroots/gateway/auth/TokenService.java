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
import org.jboss.logging.Logger;

/** Checks credentials and issues access tokens; the claims are the contract every service reads. */
@ApplicationScoped
public class TokenService {
    private static final Logger LOG = Logger.getLogger(TokenService.class);

    public record IssuedToken(String accessToken, long expiresIn) {}

    @Inject
    SigningKey key;

    @Inject
    AuthConfig config;

    @Inject
    Passwords passwords;

    @Inject
    LoginAttempts attempts;

    @Inject
    OrgReplica replica;

    @Inject
    Clock clock;

    public IssuedToken password(String username, String password, String address) {
        // A missing part is a malformed request (400), not a guess: it is not counted as a failed login.
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw OAuthException.invalidRequest("username and password are required for grant_type=password");
        }
        requireNotLocked(username, address);
        Optional<Account> found = Account.byUsername(username);
        boolean ok = passwords.matches(password, found.map(a -> a.passwordHash).orElse(null))
                && found.get().enabled;
        if (!ok) {
            attempts.failed(username, address);
            // the user name is the caller's input, not a secret; the password never is logged
            LOG.infof("Refused password login for '%s' from %s", username, address);
            throw OAuthException.invalidCredentials(false);
        }
        attempts.succeeded(username);
        Account a = found.get();
        return issue(a.username, RoleSet.split(a.roles), a.orgUnitId, a.departmentId);
    }

    public IssuedToken clientCredentials(String clientId, String secret, String address) {
        if (clientId == null || clientId.isBlank() || secret == null || secret.isEmpty()) {
            throw OAuthException.invalidRequest("client_id and client_secret are required for grant_type=client_credentials");
        }
        requireNotLocked("client:" + clientId, address);
        Optional<IntegrationClient> found = IntegrationClient.byClientId(clientId);
        boolean ok = passwords.matches(secret, found.map(c -> c.secretHash).orElse(null)) && found.get().enabled;
        if (!ok) {
            attempts.failed("client:" + clientId, address);
            LOG.infof("Refused client login for '%s' from %s", clientId, address);
            throw OAuthException.invalidCredentials(true);
        }
        attempts.succeeded("client:" + clientId);
        IntegrationClient c = found.get();
        return issue(c.clientId, RoleSet.split(c.roles), c.orgUnitId, null);
    }

    /** Signs a token for this subject; the org path is read from the replica at this moment. */
    public IssuedToken issue(String subject, List<String> roles, UUID orgUnitId, UUID departmentId) {
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
        String token = claims.jws().keyId(key.keyId()).algorithm(SignatureAlgorithm.RS256).sign(key.privateKey());
        return new IssuedToken(token, lifetime.toSeconds());
    }

    private void requireNotLocked(String account, String address) {
        attempts.lockedFor(account, address).ifPresent(wait -> {
            throw new RetryLaterException("Too many failed logins; try again in "
                    + RetryLaterException.seconds(wait) + " seconds", wait);
        });
    }
}
