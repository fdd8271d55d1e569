package cn.shenyang.grassroots.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

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

    /**
     * Requests in flight to one service at once: its pooled keep-alive connections (a route may set
     * its own). More wait their turn in the gateway, oldest first, for at most {@link #connectTimeout()},
     * then answer 503 with Retry-After: 1, never sent. A small cap may suit a service of costly
     * requests but starves one of cheap ones (on 2 cores, 4 took the gateway's throughput on
     * one-row reads from 0.65 to 0.43 of a direct call's), so the default leaves room.
     */
    @WithDefault("64")
    int maxConnections();

    /**
     * API requests the gateway lets run at once, every service together; the rest wait their turn,
     * oldest first, for at most {@link #connectTimeout()}, then answer 503 with Retry-After: 1.
     * Unset (the default): no limit, since services on machines of their own add their own cores.
     * {@code ./suite}, which runs everything on one machine's cores, sets it (see InFlightLimit).
     */
    OptionalInt maxInFlight();

    /** A request stops counting towards {@link #maxInFlight()} after this long: it is waiting, not working. */
    @WithDefault("500ms")
    Duration inFlightLease();
}
