package cn.shenyang.grassroots.platform.orgreplica;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How a service keeps its org-unit replica current. */
@ConfigMapping(prefix = "grassroots.org-replica")
public interface OrgReplicaConfig {
    /** Poll the feed at all (off in tests, which apply batches directly). */
    @WithDefault("false")
    boolean enabled();

    /** Base URL of org-structure-service. */
    @WithDefault("http://localhost:8081")
    String url();

    @WithDefault("500")
    int batchSize();

    @WithDefault("5s")
    Duration timeout();

    /**
     * Token endpoint and integration client used to read the feed, when it is protected. A token
     * endpoint given as a path ({@code /api/v1/auth/token}) is this service's own (the gateway's).
     */
    Optional<String> tokenUrl();

    Optional<String> clientId();

    Optional<String> clientSecret();
}
