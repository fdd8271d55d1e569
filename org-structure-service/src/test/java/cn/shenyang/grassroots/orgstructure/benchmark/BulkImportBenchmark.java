package cn.shenyang.grassroots.orgstructure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bulk import endpoint (NDJSON) with the whole country, 665,276 units, into an empty tree of
 * its own, beside a raw COPY of the same data in the same run. Part of the benchmark profile
 * ({@code ./mvnw -B verify -pl org-structure-service -Pbenchmark}).
 */
@QuarkusTest
@TestProfile(BulkImportBenchmark.Profile.class)
@Tag("benchmark")
class BulkImportBenchmark {
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class,
                    Map.of(EmbeddedPostgresResource.DATABASE, "bulk_benchmark_" + System.currentTimeMillis())));
        }
    }

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.token("benchmark", "ADMIN", null);

    @Test
    void wholeCountryAsNdjson() throws Exception {
        Path dist = DivisionPackage.dist();
        int rows = DivisionPackage.rows(dist);
        String load = DivisionPackage.loadAverage();
        byte[] body = DivisionPackage.ndjson(dist);
        CpuClock clock = new CpuClock(dataSource);
        CpuClock.Spent raw = DivisionPackage.rawCopy(dataSource, clock, dist);

        // the same rows and one bad line, so every row is read and checked and nothing stored
        byte[] bad = "{\"name\":\"x\",\"level\":\"HAMLET\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] spoiled = Arrays.copyOf(body, body.length + bad.length);
        System.arraycopy(bad, 0, spoiled, body.length, bad.length);
        long t0 = System.nanoTime();
        HttpResponse<String> refused = post(spoiled);
        double checkSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(422, refused.statusCode(), refused.body());
        // warm-up: the import itself once, so the measured one runs compiled code as a server that has
        // imported before does; then the tree is emptied again
        long w0 = System.nanoTime();
        HttpResponse<String> warmUp = post(body);
        double warmUpSeconds = (System.nanoTime() - w0) / 1e9;
        assertEquals(200, warmUp.statusCode(), warmUp.body());
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("truncate org_unit, org_unit_rollup, org_unit_change cascade");
            s.execute("checkpoint");
        }

        CpuClock.Reading start = clock.read();
        HttpResponse<String> imported = post(body);
        CpuClock.Spent spent = CpuClock.between(start, clock.read());
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(rows, JsonPath.from(imported.body()).getInt("imported"));

        String out = String.format("""

                ==== org-structure benchmark: bulk import (NDJSON) of the whole country into an empty tree ====
                raw COPY of the five CSV files, no indexes : %,10.0f rows/s   (baseline; %s)
                the same file refused for one bad last row : %,10.1f s        (every row read and checked)
                warm-up: the import once, then emptied      : %,10.1f s
                NDJSON import, %,d units (%,d MB)       : %,10.0f rows/s   = %.3f x raw COPY
                    %s = %.3f x raw COPY per CPU-second
                load average before and after: %s
                this JVM (client and service): %s
                ====================================================================================================
                """, rows / raw.wallSeconds(), raw.describe(rows), checkSeconds, warmUpSeconds, rows, body.length >> 20,
                rows / spent.wallSeconds(), raw.wallSeconds() / spent.wallSeconds(), spent.describe(rows),
                raw.cpuSeconds() / spent.cpuSeconds(), load + " → " + DivisionPackage.loadAverage(), jvm());
        System.out.println(out);
        Files.writeString(Path.of("target", "benchmark-bulk-import.txt"), out);
    }

    /**
     * The collector and heap the figures were measured under: the import's JVM CPU depends on them
     * (see the README), and {@code ./suite} runs the services with other settings.
     */
    private static String jvm() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return collectors + "; max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB";
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/org-units/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
