package cn.shenyang.grassroots.rural.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The income indicators of one county-level city (335 villages, Xinmin's size) among
 * {@code bench.villages} villages (default 500,000) with {@code bench.years} years of returns each
 * (default 10): the median of 200 sequential requests, beside the health check of the same process.
 * Data is generated in PostgreSQL. Not part of {@code verify}:
 * {@code ./mvnw -B verify -pl platform,rural-industry-service -Pbenchmark -Dtest=IncomeStatsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(IncomeStatsBenchmark.BenchmarkProfile.class)
@Tag("benchmark")
class IncomeStatsBenchmark {
    static final int VILLAGES = Integer.getInteger("bench.villages", 500_000);
    static final int YEARS = Integer.getInteger("bench.years", 10);
    static final int LAST_YEAR = 2020;
    static final int VILLAGES_PER_COUNTY = 335;
    static final int TOWNS_PER_COUNTY = 25;
    static final int CITIES = 14;
    static final int REQUESTS = 200;

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
    void districtIndicatorsAmongHalfAMillionVillages() throws Exception {
        int counties = Math.max(1, Math.round(VILLAGES / (float) VILLAGES_PER_COUNTY));
        long started = System.nanoTime();
        Map<String, Long> rows = generate(counties);
        double generated = (System.nanoTime() - started) / 1e9;

        String base = "http://localhost:" + RestAssured.port;
        String county = base + "/api/v1/collective-income-stats?orgUnitId=" + uuid("k1") + "&year=" + LAST_YEAR;
        String townships = base + "/api/v1/collective-income-stats/townships?orgUnitId=" + uuid("k1") + "&year=" + LAST_YEAR
                + "&size=25";
        String villages = base + "/api/v1/collective-income-stats/villages?orgUnitId=" + uuid("k1") + "&year="
                + LAST_YEAR + "&sort=-growthRate&size=50";
        String city = base + "/api/v1/collective-income-stats?orgUnitId=" + uuid("c1") + "&year=" + LAST_YEAR;
        String health = base + "/q/health/live";
        assertEquals(VILLAGES_PER_COUNTY, JsonPath.from(get(county)).getInt("figures.villages"));
        for (String warmUp : List.of(health, county, townships, villages)) {
            median(warmUp, 50);
        }
        double healthMs = median(health, REQUESTS);
        double countyMs = median(county, REQUESTS);
        double townshipsMs = median(townships, REQUESTS);
        double villagesMs = median(villages, REQUESTS);
        long cityVillages = JsonPath.from(get(city)).getLong("figures.villages");
        double cityMs = median(city, 10);

        System.out.printf("%n=== collective-income indicators: %,d villages x %d years (%d-%d) ===%n",
                rows.get("villages"), YEARS, LAST_YEAR - YEARS + 1, LAST_YEAR);
        System.out.printf("rows: %,d org units, %,d returns, %,d revisions; generated and analysed in %.0f s%n",
                rows.get("units"), rows.get("returns"), rows.get("revisions"), generated);
        System.out.printf("median of %d sequential requests (10 for the city):%n", REQUESTS);
        line("GET /q/health/live", healthMs, healthMs, "");
        line("GET /collective-income-stats (county, " + VILLAGES_PER_COUNTY + " villages)", countyMs, healthMs,
                "  (target <= 200 ms)");
        line("GET …/townships (the county's " + TOWNS_PER_COUNTY + " townships)", townshipsMs, healthMs, "");
        line("GET …/villages (50 by growth rate)", villagesMs, healthMs, "");
        line("GET /collective-income-stats (city, %,d villages)".formatted(cityVillages), cityMs, healthMs, "");
        System.out.println();
        assertTrue(countyMs <= 200, "the district-level answer in at most 200 ms (median); took " + countyMs);
    }

    /**
     * A province of {@link #CITIES} cities, county-level cities of 335 villages in 25 towns each,
     * and a return for every village and year: about 1 in 25 hollow, 1 in 50 never confirmed, the
     * rest confirmed, incomes growing 8 % a year from a village's own base. Ids are md5 of a label,
     * so the test can name any unit.
     */
    private Map<String, Long> generate(int counties) throws Exception {
        String county = "'k' || k";
        String city = "'c' || (1 + (k - 1) % " + CITIES + ")";
        String town = "'k' || k || 't' || (1 + (v - 1) % " + TOWNS_PER_COUNTY + ")";
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("insert into org_unit_replica (id, parent_id, path, level, name, status, version) "
                    + "values (md5('p')::uuid, null, 'p', 'PROVINCE', '省', 'ACTIVE', 0)");
            st.execute("insert into org_unit_replica (id, parent_id, path, level, name, status, version) "
                    + "select md5('c' || c)::uuid, md5('p')::uuid, cast('p.c' || c as ltree), 'CITY', '市' || c, 'ACTIVE', 0 "
                    + "from generate_series(1, " + CITIES + ") c");
            st.execute("insert into org_unit_replica (id, parent_id, path, level, name, status, version) "
                    + "select md5(" + county + ")::uuid, md5(" + city + ")::uuid, cast('p.' || " + city + " || '.' || "
                    + county + " as ltree), 'COUNTY_CITY', '县' || k, 'ACTIVE', 0 from generate_series(1, " + counties + ") k");
            st.execute("insert into org_unit_replica (id, parent_id, path, level, name, status, version) "
                    + "select md5(" + town.replace("(v - 1)", "(t - 1)") + ")::uuid, md5(" + county + ")::uuid, "
                    + "cast('p.' || " + city + " || '.' || " + county + " || '.' || " + town.replace("(v - 1)", "(t - 1)")
                    + " as ltree), 'TOWN', '镇' || k || '-' || t, 'ACTIVE', 0 "
                    + "from generate_series(1, " + counties + ") k, generate_series(1, " + TOWNS_PER_COUNTY + ") t");
            st.execute("insert into org_unit_replica (id, parent_id, path, level, name, status, version) "
                    + "select md5(" + county + " || 'v' || v)::uuid, md5(" + town + ")::uuid, "
                    + "cast('p.' || " + city + " || '.' || " + county + " || '.' || " + town + " || '.v' || v as ltree), "
                    + "'VILLAGE', '村' || k || '-' || v, 'ACTIVE', 0 "
                    + "from generate_series(1, " + counties + ") k, generate_series(1, " + VILLAGES_PER_COUNTY + ") v");
            st.execute("""
                    insert into collective_income (id, village_id, year, status, status_on, current_revision, current_total,
                        confirmed_revision, confirmed_total, version, created_at, created_by, updated_at, updated_by)
                    select md5(u.id::text || y)::uuid, u.id, y, case when a.h %% 50 = 1 then 'REPORTED' else 'CONFIRMED' end,
                           make_date(y + 1, 3, 1), 1, a.amount,
                           case when a.h %% 50 = 1 then null else 1 end, case when a.h %% 50 = 1 then null else a.amount end,
                           2, now(), 'benchmark', now(), 'benchmark'
                    from org_unit_replica u
                    cross join generate_series(%d, %d) y
                    cross join lateral (select (hashtext(u.id::text || y) & 2147483647) as h) r
                    cross join lateral (select r.h, case when r.h %% 25 = 0 then 0 else round((((hashtext(u.id::text) & 2147483647) %% 40000000)
                        * (1 + 0.08 * (y - %d)) + r.h %% 2000000) / 100.0, 2) end as amount) a
                    where u.level = 'VILLAGE'""".formatted(LAST_YEAR - YEARS + 1, LAST_YEAR, LAST_YEAR - YEARS + 1));
            st.execute("""
                    insert into collective_income_revision (id, income_id, revision, land, enclave, capable_person,
                        asset_leasing, service, other, total, evidence_ref, reported_on, confirmed_on, recorded_by, recorded_at)
                    select md5('r' || i.id::text)::uuid, i.id, 1, s.land, s.enclave, s.capable, s.leasing, s.service,
                           i.current_total - s.land - s.enclave - s.capable - s.leasing - s.service, i.current_total,
                           '村集体经济收入报表', make_date(i.year + 1, 1, 15),
                           case when i.confirmed_revision is not null then make_date(i.year + 1, 3, 1) end, 'benchmark', now()
                    from collective_income i
                    cross join lateral (select trunc(i.current_total * 0.4, 2) as land, trunc(i.current_total * 0.2, 2) as enclave,
                        trunc(i.current_total * 0.15, 2) as capable, trunc(i.current_total * 0.15, 2) as leasing,
                        trunc(i.current_total * 0.05, 2) as service) s""");
            // what autovacuum does within a minute of a bulk load, done now so the reads are measured as they run after it
            st.execute("vacuum analyze");
            return Map.of("units", count(st, "select count(*) from org_unit_replica"),
                    "villages", count(st, "select count(*) from org_unit_replica where level = 'VILLAGE'"),
                    "returns", count(st, "select count(*) from collective_income"),
                    "revisions", count(st, "select count(*) from collective_income_revision"));
        }
    }

    private static void line(String what, double ms, double healthMs, String note) {
        System.out.printf("%-58s %9.2f ms %7.1f x health%s%n", what, ms, ms / healthMs, note);
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The id {@link #generate} gave the unit labelled {@code label}. */
    private String uuid(String label) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet r = st.executeQuery("select md5('" + label + "')::uuid")) {
            r.next();
            return r.getString(1);
        }
    }

    private String get(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The median latency in milliseconds of {@code n} sequential requests. */
    private double median(String url, int n) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long started = System.nanoTime();
            get(url);
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }
}
