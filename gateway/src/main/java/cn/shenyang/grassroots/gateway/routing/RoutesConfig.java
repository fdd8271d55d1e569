package cn.shenyang.grassroots.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The route table: {@code grassroots.routes.<service>.url} and {@code .prefixes}. Adding a
 * service's resources to the gateway is a configuration line, not code.
 */
@ConfigMapping(prefix = "grassroots.routes")
public interface RoutesConfig {
    @WithParentName
    Map<String, Route> services();

    interface Route {
        /** Base URL of the service, e.g. http://localhost:8081. */
        String url();

        /** Path prefixes it owns, e.g. /api/v1/org-units; a prefix also covers everything below it. */
        List<String> prefixes();

        /** Overrides {@code grassroots.proxy.timeout} for a service with slow operations (bulk imports). */
        Optional<Duration> timeout();

        /** Overrides {@code grassroots.proxy.max-connections}: e.g. to cap a service that many requests at once would swamp. */
        Optional<Integer> maxConnections();
    }
}
