package cn.shenyang.grassroots.platform.strict;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * The documented limits of a request. Vert.x's own limits sit far above these (see platform's
 * microprofile-config.properties) so that a request over them is answered here, as a problem.
 */
@ConfigMapping(prefix = "grassroots.http.limits")
public interface HttpLimits {
    /** Request line (method, target and version). */
    @WithDefault("8K")
    MemorySize requestLine();

    /** All header names and values together. */
    @WithDefault("16K")
    MemorySize headers();

    /** A JSON or form body. */
    @WithDefault("1M")
    MemorySize body();

    /** A bulk import body (the media types below). */
    @WithDefault("512M")
    MemorySize bulkBody();

    @WithDefault("text/csv,application/x-ndjson")
    List<String> bulkMediaTypes();
}
