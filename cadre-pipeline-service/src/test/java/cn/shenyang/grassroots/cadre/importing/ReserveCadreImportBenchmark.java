package cn.shenyang.grassroots.cadre.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.cadre.support.Ledger;
import cn.shenyang.grassroots.cadre.support.SqlCounter;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Imports a ledger of {@code bench.rows} cadres (default 10,000) with their histories and prints
 * rows per second, then the read paths' requests per second beside the health check of the same
 * process. Not part of {@code verify}: {@code ./mvnw -B verify -pl platform,cadre-pipeline-service -Pbenchmark}.
 */
@QuarkusTest
@TestProfile(ReserveCadreImportBenchmark.BenchmarkProfile.class)
@Tag("benchmark")
class ReserveCadreImportBenchmark {
    static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    static final int TOWNS = 20;
    static final int VILLAGES_PER_TOWN = 25;
    static final long READ_MILLIS = 5_000;

    public static class BenchmarkProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class,
                    Map.of(EmbeddedPostgresResource.DATABASE, "benchmark_" + System.currentTimeMillis())));
        }
    }

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = "Bearer " + TestTokens.token("benchmark", "ADMIN", null);

    @Test
    void importATenThousandRowLedger() throws Exception {
        Fixtures.Unit district = Fixtures.unit(Fixtures.root(), "DISTRICT");
        List<Fixtures.Unit> villages = new ArrayList<>();
        for (int t = 0; t < TOWNS; t++) {
            Fixtures.Unit town = Fixtures.unit(district, "TOWN");
            for (int v = 0; v < VILLAGES_PER_TOWN; v++) {
                villages.add(Fixtures.unit(town, "VILLAGE"));
            }
        }
        // warm-up on a small ledger of its own, so the measured run is not the JIT's first
        String warm = ledger(villages, 1_000, new Random(1), "210111");
        post(warm);

        String body = ledger(villages, ROWS, new Random(2020), "210115");
        long started = System.nanoTime();
        HttpResponse<String> imported = post(body);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(200, imported.statusCode(), imported.body());
        JsonPath report = JsonPath.from(imported.body());
        assertEquals(ROWS, report.getInt("imported"));
        long resendStarted = System.nanoTime();
        HttpResponse<String> again = post(body);
        double resend = (System.nanoTime() - resendStarted) / 1e9;
        assertEquals(ROWS, JsonPath.from(again.body()).getInt("alreadyPresent"));

        // autovacuum analyses the new rows within a minute of the import; reads are measured as they run after that
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("analyze");
        }
        String base = "http://localhost:" + RestAssured.port;
        String cadre = base + "/api/v1/reserve-cadres/" + JsonPath.from(get(base + "/api/v1/reserve-cadres?size=1")
                .body()).getString("items[0].id");
        String stats = base + "/api/v1/reserve-cadre-stats?orgUnitId=" + district.id() + "&year=2020";
        String health = base + "/q/health/live";
        for (String warmUp : List.of(health, cadre, stats)) {
            rate(warmUp, 2_000);
        }
        double healthRate = rate(health, READ_MILLIS);
        double cadreRate = rate(cadre, READ_MILLIS);
        double statsRate = rate(stats, READ_MILLIS);
        SqlCounter.Counts cadreSql = SqlCounter.count(() -> get(cadre));
        SqlCounter.Counts statsSql = SqlCounter.count(() -> get(stats));

        System.out.printf("%n=== reserve-cadre ledger import: %,d rows (%,d steps) ===%n", ROWS, report.getInt("steps"));
        System.out.printf("import     %6.2f s  %,9.0f rows/s  (target: %,d rows in <= 30 s)%n", seconds, ROWS / seconds, ROWS);
        System.out.printf("re-send    %6.2f s  (every row already present, nothing written)%n", resend);
        System.out.printf("=== reads on %,d cadres, one client, %d s each ===%n", ROWS + 1_000, READ_MILLIS / 1000);
        System.out.printf("GET /q/health/live                 %8.0f req/s  1.00%n", healthRate);
        System.out.printf("GET /api/v1/reserve-cadres/{id}    %8.0f req/s  %.2f x health  (%d statement(s))%n",
                cadreRate, cadreRate / healthRate, cadreSql.statements());
        System.out.printf("GET /api/v1/reserve-cadre-stats    %8.0f req/s  %.3f x health  (%d statements, district of %d villages)%n%n",
                statsRate, statsRate / healthRate, statsSql.statements(), villages.size());
        assertTrue(seconds <= 30, "10,000 rows in at most 30 s; took " + seconds);
    }


    /** A ledger of {@code rows} cadres over the villages: pool members, exits of each kind, candidates. */
    private static String ledger(List<Fixtures.Unit> villages, int rows, Random random, String region) {
        List<Map<String, Object>> ledger = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            Fixtures.Unit village = villages.get(random.nextInt(villages.size()));
            LocalDate recommended = LocalDate.of(2018 + random.nextInt(5), 1 + random.nextInt(6), 1 + random.nextInt(25));
            Map<String, Object> row = i % 5 == 4 ? Ledger.recommended(village.id(), recommended)
                    : Ledger.pooled(village.id(), recommended);
            switch (i % 10) {
                case 1 -> {
                    row.put("activistOn", Ledger.admittedOn(row).plusDays(30).toString());
                    row.put("probationaryOn", Ledger.admittedOn(row).plusDays(200).toString());
                }
                case 2 -> {
                    row.put("exit", "ELECT");
                    row.put("exitOn", Ledger.admittedOn(row).plusDays(300).toString());
                    row.put("committee", "VILLAGERS_COMMITTEE");
                }
                case 3 -> {
                    row.put("exit", "REMOVE");
                    row.put("exitOn", Ledger.admittedOn(row).plusDays(250).toString());
                    row.put("exitReason", "外出务工");
                }
                case 9 -> {
                    row.put("exit", "REJECT");
                    row.put("exitOn", recommended.plusDays(20).toString());
                    row.put("exitReason", "资格审查未通过");
                }
                default -> { }
            }
            // a distinct person per row: birth dates over 13 years, then a sequence number
            LocalDate birth = LocalDate.of(1978, 1, 1).plusDays(i % 5_000);
            String first17 = region + birth.toString().replace("-", "") + String.format("%03d", i / 5_000);
            row.put("birthDate", birth.toString());
            row.put("idNumber", first17 + IdNumbers.checkCharacter(first17));
            ledger.add(row);
        }
        return Ledger.ndjson(ledger);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/reserve-cadres/import"))
                .header("Authorization", token).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sequential requests per second over {@code millis}. */
    private double rate(String url, long millis) {
        long end = System.currentTimeMillis() + millis;
        long started = System.nanoTime();
        int n = 0;
        while (System.currentTimeMillis() < end) {
            get(url);
            n++;
        }
        return n / ((System.nanoTime() - started) / 1e9);
    }
}
