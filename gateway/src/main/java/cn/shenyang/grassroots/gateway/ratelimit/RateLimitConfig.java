package cn.shenyang.grassroots.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Requests per {@link #period()} for each caller, by the caller's most generous role. */
@ConfigMapping(prefix = "grassroots.rate-limit")
public interface RateLimitConfig {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("1m")
    Duration period();

    /** Per client address, for requests without a valid token (the token endpoint above all). */
    @WithDefault("120")
    long anonymous();

    /** For a role missing from {@link #roles()}. */
    @WithDefault("1200")
    long defaultLimit();

    /** Role name → requests per period. */
    Map<String, Long> roles();
}
