package cn.shenyang.grassroots.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway collects the routed services' OpenAPI documents. */
@ConfigMapping(prefix = "grassroots.openapi")
public interface OpenApiMergeConfig {
    /** How often the documents are fetched again (services come and go, and change with releases). */
    @WithDefault("30s")
    Duration refresh();

    /** A service whose document does not arrive in this time is listed as missing. */
    @WithDefault("2s")
    Duration timeout();
}
