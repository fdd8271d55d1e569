package cn.shenyang.grassroots.gateway.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The first admin and the suite's internal client (env SUITE_ADMIN_* and SUITE_INTERNAL_CLIENT_*). */
@ConfigMapping(prefix = "grassroots.bootstrap")
public interface BootstrapConfig {
    @WithDefault("admin")
    String adminUser();

    /** Unset: a password is generated on first start and printed once. */
    Optional<String> adminPassword();

    @WithDefault("suite-internal")
    String internalClientId();

    /** Unset: no internal client (nothing can read org-structure's feed as a whole-tree service). */
    Optional<String> internalClientSecret();
}
