package cn.shenyang.grassroots.gates.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Plain HTTP for the fuzz and OWASP gates, which must send what no generated client would (wrong
 * types, unknown fields, foreign tokens). The end-to-end test uses the generated client only.
 */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    /** An answer: status, headers, body text and, when it is JSON, the body parsed. */
    public record Answer(int status, HttpResponse<String> response) {
        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return Document.JSON.readTree(body());
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body(), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body().length() > 300 ? body().substring(0, 300) + "…" : body());
        }
    }

    public static Answer send(String method, String url, String token, String contentType, String body,
            Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method.toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Answer get(String url, String token) {
        return send("GET", url, token, null, null, Map.of());
    }

    public static Answer postJson(String url, String token, String json) {
        return send("POST", url, token, "application/json", json, Map.of());
    }

    /** The password grant; the access token. */
    public static String token(String baseUrl, String username, String password) {
        Answer a = send("POST", baseUrl + "/api/v1/auth/token", null, "application/x-www-form-urlencoded",
                "grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8), Map.of());
        if (a.status() != 200) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + a);
        }
        return a.json().path("access_token").asText();
    }
}
