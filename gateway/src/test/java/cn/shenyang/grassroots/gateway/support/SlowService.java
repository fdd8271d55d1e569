package cn.shenyang.grassroots.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Two routes the gateway must cope with: a service that answers too late (WireMock with a delay
 * longer than the test's proxy timeout) and a service that is not running at all (a port nobody
 * listens on).
 */
public class SlowService implements QuarkusTestResourceLifecycleManager {
    public static final String SLOW_PREFIX = "/api/v1/slow-things";
    public static final String DOWN_PREFIX = "/api/v1/down-things";
    public static final int DELAY_MS = 4000;
    /** Requests in flight to the slow service at once. */
    public static final int MAX_CONNECTIONS = 2;

    /** Answers at once: for checking what the gateway forwards. */
    public static final String ECHO_PREFIX = SLOW_PREFIX + "/echo";

    private static volatile WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                // Jetty would gzip and rewrite the ETag itself; the gateway must be seen passing it unchanged
                .gzipDisabled(true));
        server.start();
        server.stubFor(any(urlPathMatching(SLOW_PREFIX + ".*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"late\":true}").withFixedDelay(DELAY_MS)));
        server.stubFor(any(urlPathMatching(ECHO_PREFIX + ".*")).atPriority(1)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "http://127.0.0.1:" + server.port() + ECHO_PREFIX + "/7?x=1")
                        .withHeader("ETag", "\"3\"")
                        .withBody("{\"echo\":true}")));
        int downPort = JarProcess.freePort();
        return Map.of(
                "grassroots.routes.slow-service.url", "http://127.0.0.1:" + server.port(),
                "grassroots.routes.slow-service.prefixes", SLOW_PREFIX,
                // its own timeout, so the other routes keep the default under a loaded machine
                "grassroots.routes.slow-service.timeout", "1500ms",
                // a cap of its own, so a test can fill it with two requests
                "grassroots.routes.slow-service.max-connections", Integer.toString(MAX_CONNECTIONS),
                "grassroots.routes.down-service.url", "http://127.0.0.1:" + downPort,
                "grassroots.routes.down-service.prefixes", DOWN_PREFIX);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
