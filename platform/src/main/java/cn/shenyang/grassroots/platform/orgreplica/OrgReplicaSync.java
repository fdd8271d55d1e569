package cn.shenyang.grassroots.platform.orgreplica;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Reads org-structure's change feed from the replica's cursor until it is caught up, one
 * transaction per batch, so a restart resumes exactly where the last committed batch ended.
 */
@ApplicationScoped
public class OrgReplicaSync {
    private static final Logger LOG = Logger.getLogger(OrgReplicaSync.class);

    @Inject
    OrgReplicaConfig config;

    @Inject
    OrgReplica replica;

    @Inject
    Clock clock;

    private volatile OrgFeedClient feed;
    private volatile OrgFeedClient tokens;
    private volatile String bearer;
    private volatile Instant bearerExpires = Instant.EPOCH;
    private int failuresInARow;

    @Scheduled(every = "${grassroots.org-replica.poll-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void poll() {
        try {
            catchUp();
            failuresInARow = 0;
        } catch (RuntimeException e) {
            // At start-up, or while org-structure or the gateway restarts, a few misses are normal;
            // the next poll resumes from the stored cursor. Say so once it lasts.
            failuresInARow++;
            if (failuresInARow == 3 || failuresInARow % 60 == 0) {
                LOG.warnf("Org-unit feed unreadable for %d polls in a row: %s", failuresInARow, e.getMessage());
            } else {
                LOG.debugf("Org-unit feed not read this time: %s", e.getMessage());
            }
        }
    }

    /** Applies every change after the stored cursor; returns how many were applied. */
    public int catchUp() {
        int applied = 0;
        while (true) {
            OrgUnitChange.Batch batch = client().read(replica.cursor(), config.batchSize(), authorization());
            if (batch.items().isEmpty()) {
                return applied;
            }
            replica.apply(batch);
            applied += batch.items().size();
        }
    }

    private OrgFeedClient client() {
        if (feed == null) {
            feed = build(config.url());
        }
        return feed;
    }

    private OrgFeedClient build(String url) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(OrgFeedClient.class);
    }

    /** A client-credentials token, fetched again shortly before it expires. */
    private String authorization() {
        if (config.clientId().isEmpty() || config.tokenUrl().isEmpty()
                || config.clientSecret().filter(secret -> !secret.isBlank()).isEmpty()) {
            return null;
        }
        if (bearer == null || clock.instant().isAfter(bearerExpires)) {
            if (tokens == null) {
                tokens = build(absolute(config.tokenUrl().get()));
            }
            Map<String, Object> answer = tokens.token("client_credentials", config.clientId().get(),
                    config.clientSecret().get());
            long expiresIn = ((Number) answer.getOrDefault("expires_in", 60)).longValue();
            bearer = "Bearer " + answer.get("access_token");
            bearerExpires = clock.instant().plusSeconds(Math.max(1, expiresIn - 30));
        }
        return bearer;
    }

    /** A token URL that is only a path names this service itself, on the port it really listens on. */
    private static String absolute(String url) {
        if (!url.startsWith("/")) {
            return url;
        }
        var cfg = ConfigProvider.getConfig();
        String port = LaunchMode.current() == LaunchMode.TEST
                ? cfg.getValue("quarkus.http.test-port", String.class)
                : cfg.getValue("quarkus.http.port", String.class);
        return "http://localhost:" + port + url;
    }

    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {
        @Inject
        OrgReplicaConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
