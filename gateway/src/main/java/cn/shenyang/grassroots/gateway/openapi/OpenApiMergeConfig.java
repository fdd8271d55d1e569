package cn.shenyang.grassroots.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway collects the routed services' OpenAPI documents and publishes the merged one. */
@ConfigMapping(prefix = "grassroots.openapi")
public interface OpenApiMergeConfig {
    /** How often the documents are fetched again (services come and go, and change with releases). */
    @WithDefault("30s")
    Duration refresh();

    /** A service whose document does not arrive in this time is listed as missing. */
    @WithDefault("2s")
    Duration timeout();

    /**
     * The default of the document's templated server: the gateway's public address, which clients
     * generated from the document call unless told otherwise. {@code ./suite}'s address by default.
     */
    @WithDefault("http://localhost:8080")
    String baseUrl();
}
