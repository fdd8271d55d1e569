package cn.shenyang.grassroots.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How tokens are signed and issued, how long sessions last, and how failed sign-ins are slowed down. */
@ConfigMapping(prefix = "grassroots.auth")
public interface AuthConfig {
    /** Lifetime of an access token; short, because a revoked session's access tokens live until they expire. */
    @WithDefault("15m")
    Duration tokenLifetime();

    /** Lifetime of each refresh token; using one gives a new one, so an app in use stays signed in. */
    @WithDefault("30d")
    Duration refreshTokenLifetime();

    /**
     * The RSA signing key, PKCS#8 PEM, as a file path or classpath resource. Unset: a key pair is
     * generated on first start and kept under {@code grassroots.data-dir}/keys/.
     */
    Optional<String> signingKeyLocation();

    /** Failed sign-ins for one account from one address within {@link #failureWindow()} before tries are slowed. */
    @WithDefault("5")
    int freeFailuresPerAccount();

    /** Failed sign-ins from one address (any accounts) within {@link #failureWindow()} before tries are slowed. */
    @WithDefault("20")
    int freeFailuresPerAddress();

    /** The longest wait a guesser is made to take between tries. */
    @WithDefault("15m")
    Duration maxBackoff();

    @WithDefault("15m")
    Duration failureWindow();
}
