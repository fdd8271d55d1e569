package cn.shenyang.grassroots.gateway.bootstrap;

import cn.shenyang.grassroots.gateway.account.Account;
import cn.shenyang.grassroots.gateway.account.AccountService;
import cn.shenyang.grassroots.gateway.auth.Passwords;
import cn.shenyang.grassroots.gateway.client.IntegrationClient;
import cn.shenyang.grassroots.gateway.client.IntegrationClientService;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Makes the embedded default usable out of the box: the first admin on first start, and the
 * suite's internal client whenever its secret is configured.
 */
@ApplicationScoped
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);
    private static final String ACTOR = "bootstrap";

    @Inject
    BootstrapConfig config;

    @Inject
    AccountService accounts;

    @Inject
    IntegrationClientService clients;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        createAdminOnce();
        config.internalClientSecret().ifPresentOrElse(this::keepInternalClient, () -> LOG.warnf(
                "SUITE_INTERNAL_CLIENT_SECRET is not set: the gateway cannot read org-structure's change feed, so "
                        + "accounts bound to an org unit cannot get tokens until it is"));
    }

    /** Only when the account does not exist: a later change of SUITE_ADMIN_PASSWORD never overrides a reset. */
    private void createAdminOnce() {
        if (Account.byUsername(config.adminUser()).isPresent()) {
            return;
        }
        String configured = config.adminPassword().orElse(null);
        String password = configured == null ? passwords.randomSecret() : configured;
        accounts.create(config.adminUser(), "Administrator", password, List.of(Roles.ADMIN), null, true, ACTOR);
        if (configured == null) {
            // Printed once, on the start that created the account; it is stored only as a hash.
            LOG.warnf("%n==================================================================%n"
                    + " Bootstrap admin account created%n"
                    + "   user:     %s%n"
                    + "   password: %s%n"
                    + " This is shown once. Set SUITE_ADMIN_PASSWORD to choose it instead.%n"
                    + "==================================================================",
                    config.adminUser(), password);
        } else {
            LOG.infof("Bootstrap admin account '%s' created from SUITE_ADMIN_PASSWORD", config.adminUser());
        }
    }

    /** The configured secret is the truth for the internal client: a changed secret replaces the stored one. */
    private void keepInternalClient(String secret) {
        IntegrationClient client = IntegrationClient.byClientId(config.internalClientId()).orElse(null);
        if (client == null) {
            clients.create(config.internalClientId(), "Suite services (internal)", secret, List.of(Roles.INTEGRATION),
                    null, true, ACTOR);
            LOG.infof("Internal integration client '%s' created", config.internalClientId());
            return;
        }
        if (!passwords.matches(secret, client.secretHash) || !client.enabled) {
            client.secretHash = passwords.hash(secret);
            client.enabled = true;
            client.updatedAt = OffsetDateTime.now(clock);
            client.updatedBy = ACTOR;
            LOG.infof("Internal integration client '%s' updated from configuration", config.internalClientId());
        }
    }
}
