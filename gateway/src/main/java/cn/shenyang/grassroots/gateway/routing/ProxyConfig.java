package cn.shenyang.grassroots.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the gateway waits for a service before answering 503 or 504 itself. */
@ConfigMapping(prefix = "grassroots.proxy")
public interface ProxyConfig {
    /** A service that does not accept the connection within this time is treated as down (503). */
    @WithDefault("1s")
    Duration connectTimeout();

    /** A service that sends nothing for this long is treated as too slow (504). */
    @WithDefault("5s")
    Duration timeout();

    /**
     * A request carrying a bulk body (an import: CSV, NDJSON, division files) may take this long, or
     * its route's timeout if that is longer: the service answers once every row is stored.
     */
    @WithDefault("60s")
    Duration bulkTimeout();

    /** Pooled keep-alive connections per service. */
    @WithDefault("64")
    int maxConnections();
}
