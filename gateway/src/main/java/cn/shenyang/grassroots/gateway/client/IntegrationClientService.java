package cn.shenyang.grassroots.gateway.client;

import cn.shenyang.grassroots.gateway.account.Grants;
import cn.shenyang.grassroots.gateway.auth.Passwords;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The rules for integration clients, and the only writer of {@link IntegrationClient}. */
@ApplicationScoped
public class IntegrationClientService implements CurrentVersion {
    @Inject
    Grants grants;

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Transactional
    public IntegrationClient create(IntegrationClientRequests.CreateIntegrationClient request) {
        List<String> roles = grants.grantable(request.roles(), request.orgUnitId());
        return create(request.clientId(), request.name(), request.clientSecret(), roles, request.orgUnitId(),
                request.enabled() == null || request.enabled(), caller.name());
    }

    /** Also used by the bootstrap, which has no caller. */
    @Transactional
    public IntegrationClient create(String clientId, String name, String secret, List<String> roles, UUID orgUnitId,
            boolean enabled, String actor) {
        if (IntegrationClient.byClientId(clientId).isPresent()) {
            throw ProblemException.conflict("Client id '" + clientId + "' is already taken");
        }
        IntegrationClient c = new IntegrationClient();
        c.id = UUID.randomUUID();
        c.clientId = clientId.strip();
        c.name = name;
        c.secretHash = passwords.hash(secret);
        c.grant(roles, orgUnitId, enabled);
        c.created(actor, clock);
        c.persist();
        return c;
    }

    @Transactional
    public IntegrationClient update(UUID id, String ifMatch, IntegrationClientRequests.UpdateIntegrationClient request) {
        IntegrationClient c = requireManageable(id);
        Versions.requireMatch(ifMatch, c.version);
        List<String> roles = grants.grantable(request.roles(), request.orgUnitId());
        c.name = request.name();
        c.grant(roles, request.orgUnitId(), request.enabled());
        c.touched(caller.name(), clock);
        return c;
    }

    /** Replaces the secret; returns the client and the new secret (generated when none was sent). */
    @Transactional
    public IntegrationClientView.Secret rotateSecret(UUID id, String ifMatch, String secret) {
        IntegrationClient c = requireManageable(id);
        Versions.requireMatch(ifMatch, c.version);
        String newSecret = secret == null || secret.isBlank() ? passwords.randomSecret() : secret;
        c.secretHash = passwords.hash(newSecret);
        c.touched(caller.name(), clock);
        return new IntegrationClientView.Secret(c.clientId, newSecret);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    public IntegrationClient require(UUID id) {
        return grants.requireVisible(IntegrationClient.<IntegrationClient>findById(id), "Integration client", id);
    }

    private IntegrationClient requireManageable(UUID id) {
        return grants.requireManageable(IntegrationClient.<IntegrationClient>findById(id), "Integration client", id);
    }
}
