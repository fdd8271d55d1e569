package cn.shenyang.grassroots.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How tokens are signed and issued, and how many failed logins are tolerated. */
@ConfigMapping(prefix = "grassroots.auth")
public interface AuthConfig {
    /** Lifetime of an access token; short, because a token cannot be revoked before it expires. */
    @WithDefault("15m")
    Duration tokenLifetime();

    /**
     * The RSA signing key, PKCS#8 PEM, as a file path or classpath resource. Unset: a key pair is
     * generated on first start and kept under {@code grassroots.data-dir}/keys/.
     */
    Optional<String> signingKeyLocation();

    /** Failed logins for one account within {@link #failureWindow()} before it is locked. */
    @WithDefault("5")
    int maxFailuresPerAccount();

    /** Failed logins from one client address within {@link #failureWindow()} before it is locked. */
    @WithDefault("20")
    int maxFailuresPerAddress();

    @WithDefault("15m")
    Duration failureWindow();
}
