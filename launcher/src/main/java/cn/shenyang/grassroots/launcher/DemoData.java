package cn.shenyang.grassroots.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the article's organisation tree (Shenyang, Sujiatun, Liaozhong, Xinmin and a few of their
 * sub-districts, townships, communities and villages) through the public API on first start.
 */
final class DemoData {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoData() {}

    static void loadOnce(Path root, Path home, String gatewayUrl, boolean gatewayRunning, String user, String password)
            throws IOException, InterruptedException {
        Path marker = home.resolve("demo-data.loaded");
        Path orgUnits = root.resolve("org-structure-service/demo/org-units.ndjson");
        if (Files.exists(marker) || !Files.exists(orgUnits)) {
            return;
        }
        if (!gatewayRunning) {
            System.out.println("Demo data is loaded through the gateway; it is not built yet, so none was loaded.");
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String form = "grant_type=password&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(token.body());
        if (token.statusCode() != 200 || !m.find()) {
            System.out.println("Demo data not loaded: could not sign in as " + user + " (HTTP " + token.statusCode() + ")");
            return;
        }
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(
                        URI.create(gatewayUrl + "/api/v1/org-units/import"))
                .header("Authorization", "Bearer " + m.group(1))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(orgUnits)).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() == 200) {
            Files.writeString(marker, imported.body());
            System.out.println("Loaded demo org units: " + imported.body());
        } else {
            System.out.println("Demo data not loaded (HTTP " + imported.statusCode() + "): " + imported.body());
        }
    }
}
