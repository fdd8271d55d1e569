package cn.shenyang.grassroots.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's public API as a client sees it: a bearer token, JSON bodies, Idempotency-Key on
 * every create, If-Match on every step. A refusal stops the load with the problem the API answered,
 * since demo data that the rules refuse is a bug in the demo data.
 */
public final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1: a connection per request in flight, as curl and the generated clients use them
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    final AtomicLong requests = new AtomicLong();

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs in with the password grant; base is the gateway, e.g. http://localhost:8080. */
    public static Api signIn(String gatewayUrl, String user, String password) {
        Api anonymous = new Api(gatewayUrl + "/api/v1", null);
        String form = "grant_type=password&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Response r = anonymous.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.status != 200) {
            throw new IllegalStateException("Could not sign in as " + user + " (HTTP " + r.status + ")");
        }
        return new Api(gatewayUrl + "/api/v1", r.json().get("access_token").asText());
    }

    record Response(int status, String body, String etag) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    JsonNode get(String path) {
        return ok(send(request(path).GET()), "GET " + path).json();
    }

    /** The status a GET answers, whatever it is. */
    int status(String path) {
        return send(request(path).GET()).status;
    }

    /** Every page of a list ({items, page, size, totalItems}); path carries its own query. */
    List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = get(path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page);
            p.get("items").forEach(items::add);
            if (items.size() >= p.get("totalItems").asLong() || p.get("items").isEmpty()) {
                return items;
            }
        }
    }

    /**
     * A create: the same key replays the first answer, so a second run creates nothing twice. A 409
     * (the service's own uniqueness rule: one return per village and year, one rating per unit and
     * year…) means it exists already and answers null.
     */
    JsonNode create(String path, JsonNode body, String key) {
        Response r = send(request(path).header("Content-Type", "application/json")
                // a header is ASCII: the key names what it creates, in any script, through a name-based UUID
                .header("Idempotency-Key", "demo-" + java.util.UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (r.status == 409) {
            return null;
        }
        return ok(r, "POST " + path + " " + body).json();
    }

    /** A POST that is not a create (a step, a resolution…): no key. */
    Response post(String path, JsonNode body, String ifMatch) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    JsonNode step(String path, JsonNode body, String ifMatch) {
        return ok(post(path, body, ifMatch), "POST " + path + " " + body).json();
    }

    /**
     * An idempotent import (rows already stored are reported, not stored again). The gateway answers
     * 504 when a service is slower than its route's timeout (5 s for some), while the service goes
     * on and stores the file; sending it again then waits for that and reports every row present.
     */
    JsonNode importFile(String path, String contentType, String body) {
        for (int attempt = 0; ; attempt++) {
            Response r = importOnce(path, contentType, body);
            if (r.status != 504 || attempt == 20) {
                return ok(r, "POST " + path).json();
            }
            pause(2_000);
        }
    }

    /** Sent once, never again: the answer's status (504: the service may still be storing it). */
    Response importOnce(String path, String contentType, String body) {
        HttpRequest request = request(path).header("Content-Type", contentType).timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            requests.incrementAndGet();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The first unit the org-unit list answers for a query, or an error naming it. */
    JsonNode unit(String query) {
        JsonNode items = get("/org-units?" + query).get("items");
        if (items.isEmpty()) {
            throw new IllegalStateException("No org unit for " + query + ": load the Shenyang tree first");
        }
        return items.get(0);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json").timeout(Duration.ofSeconds(60));
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        for (int attempt = 0; ; attempt++) {
            try {
                requests.incrementAndGet();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 429 && attempt < 20) {
                    // the gateway limits requests per caller and minute: wait as it says, then go on
                    long seconds = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(5L);
                    Thread.sleep(Math.min(seconds, 10) * 1000);
                    continue;
                }
                return new Response(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
            } catch (IOException e) {
                if (attempt >= 2) {
                    throw new UncheckedIOException(request.method() + " " + request.uri(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static Response ok(Response r, String what) {
        if (r.status / 100 != 2) {
            throw new IllegalStateException(what + " answered " + r.status + ": " + r.body);
        }
        return r;
    }
}
