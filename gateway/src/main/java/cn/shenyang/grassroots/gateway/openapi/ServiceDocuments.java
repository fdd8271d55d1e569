package cn.shenyang.grassroots.gateway.openapi;

import cn.shenyang.grassroots.gateway.routing.RoutesConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * The routed services' own OpenAPI documents, fetched in the background and kept in memory, so
 * serving {@code /q/openapi} never waits on a service. A service that does not answer is listed as
 * missing until it does.
 */
@ApplicationScoped
public class ServiceDocuments {
    private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);

    /** What was last fetched: the documents by service (route-table order) and the services that failed. */
    public record Snapshot(Map<String, JsonNode> documents, List<String> missing) {}

    @Inject
    RoutesConfig routes;

    @Inject
    OpenApiMergeConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    @Inject
    Clock clock;

    private volatile Snapshot snapshot;
    private volatile Instant lastRefresh = Instant.EPOCH;

    /**
     * The last documents fetched. While a routed service is missing (at start, or after it went
     * down) its document is asked for again now, at most once per second, so a client generated
     * right after a service came up sees it.
     */
    public Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || !s.missing().isEmpty()) {
            s = refreshAtMostEverySecond();
        }
        return s;
    }

    public Map<String, List<String>> prefixes() {
        Map<String, List<String>> prefixes = new LinkedHashMap<>();
        routes.services().forEach((name, route) -> prefixes.put(name, route.prefixes()));
        return prefixes;
    }

    /** Every second until every routed service has answered, then every {@code grassroots.openapi.refresh}. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Snapshot s = snapshot;
        if (s == null || !s.missing().isEmpty()
                || clock.instant().isAfter(lastRefresh.plus(config.refresh()))) {
            refresh();
        }
    }

    private synchronized Snapshot refreshAtMostEverySecond() {
        Snapshot s = snapshot;
        if (s != null && (s.missing().isEmpty() || clock.instant().isBefore(lastRefresh.plusSeconds(1)))) {
            return s;
        }
        return refresh();
    }

    /** Fetches every service's document now, all at once, each bounded by the timeout. */
    public Snapshot refresh() {
        Map<String, CompletableFuture<JsonNode>> pending = new LinkedHashMap<>();
        routes.services().forEach((name, route) -> pending.put(name, fetch(route.url())));
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        pending.forEach((name, future) -> {
            try {
                documents.put(name, future.join());
            } catch (RuntimeException e) {
                missing.add(name);
                LOG.debugf("OpenAPI document of %s not available: %s", name, e.getMessage());
            }
        });
        Snapshot s = new Snapshot(documents, missing);
        snapshot = s;
        lastRefresh = clock.instant();
        return s;
    }

    private CompletableFuture<JsonNode> fetch(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/+$", "") + "/q/openapi?format=json"))
                .timeout(config.timeout())
                .header("Accept", "application/json")
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(config.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    try {
                        return json.readTree(response.body());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("not JSON", e);
                    }
                });
    }
}
