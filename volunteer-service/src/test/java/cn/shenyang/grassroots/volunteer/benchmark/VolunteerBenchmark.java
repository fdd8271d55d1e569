package cn.shenyang.grassroots.volunteer.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import cn.shenyang.grassroots.volunteer.hours.HoursLedger;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The issue's scale: {@code bench.volunteers} volunteers (default 1,000,000) and {@code bench.records}
 * service records (default 10,000,000) over a city of 10 districts × 10 sub-districts × 10
 * communities. Measures, and prints with the row counts: the CSV import of {@code bench.import}
 * volunteers over HTTP (default 100,000; target ≤ 30 s), rebuilding the derived hours and star
 * levels of every volunteer from the ledger, district-level and city-level statistics (median of
 * 25 requests; target ≤ 200 ms for a district), the streamed export of a district, and a volunteer
 * read beside the health check. The rest of the data is generated with SQL inside the benchmark's
 * own database. Not part of verify:
 * {@code ./mvnw -B verify -pl volunteer-service -am -Pbenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest=VolunteerBenchmark}.
 */
@QuarkusTest
@TestProfile(VolunteerBenchmark.BenchmarkProfile.class)
@Tag("benchmark")
class VolunteerBenchmark {
    static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 1_000_000);
    static final int RECORDS = Integer.getInteger("bench.records", 10_000_000);
    static final int IMPORT = Integer.getInteger("bench.import", 100_000);
    static final int RUNS = 25;

    public static class BenchmarkProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class,
                    Map.of(EmbeddedPostgresResource.DATABASE, "volunteer_benchmark_" + System.currentTimeMillis())));
        }
    }

    /** Volunteers for every community of the city except those imported, spread evenly (?1 how many). */
    private static final String VOLUNTEERS_SQL = """
            insert into volunteer (id, name, gender, birth_date, phone, id_number, home_community_id, party_member, skills,
                status, registered_on, version, created_at, created_by, updated_at, updated_by)
            select gen_random_uuid(), 'V' || n, case when n % 2 = 0 then 'MALE' else 'FEMALE' end,
                   date '1950-01-01' + (n % 20000)::int, '139' || lpad((n % 100000000)::text, 8, '0'),
                   'B' || lpad(n::text, 17, '0'), c.id, n % 3 = 0, case when n % 7 = 0 then 'FIRST_AID' end,
                   case when n % 10 = 0 then 'INACTIVE' else 'ACTIVE' end, date '2018-01-01' + (n % 2000)::int,
                   0, now(), 'benchmark', now(), 'benchmark'
            from generate_series(1, ?) n join bench_community c on c.i = n % (select count(*) from bench_community)""";
    /**
     * ?1 records, ?2 volunteers: each record goes to a volunteer drawn with a skew (u^1.5), so most
     * serve a few times and some hundreds of times, on a day between registration and yesterday, for
     * 0.5 to 8 hours from 09:00.
     */
    private static final String RECORDS_SQL = """
            insert into service_record (id, volunteer_id, kind, org_unit_id, started_at, ended_at, served_on, hours,
                recorded_by, recorded_at)
            select gen_random_uuid(), v.id, 'ORIGINAL', v.home_community_id, d.day + time '09:00' - interval '8 hours',
                   d.day + time '17:00' - interval '8 hours', d.day, ((g.r % 16) + 1) * 0.5, 'benchmark', now()
            from (select r, 1 + floor(? * power(random(), 1.5))::bigint as vn from generate_series(1, ?) r) g
            join bench_volunteer v on v.n = g.vn
            cross join lateral (select v.registered_on + (g.r % greatest(1, current_date - 1 - v.registered_on))::int as day) d""";

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = "Bearer " + TestTokens.token("benchmark", "ADMIN", null);

    @Test
    void statisticsAtTheIssuesScale() throws Exception {
        String load = Files.load();
        Fixtures.Unit city = Fixtures.unit(null, "CITY");
        List<Fixtures.Unit> districts = new ArrayList<>();
        List<Fixtures.Unit> communities = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            Fixtures.Unit district = Fixtures.unit(city, "DISTRICT");
            districts.add(district);
            for (int s = 0; s < 10; s++) {
                Fixtures.Unit sub = Fixtures.unit(district, "SUBDISTRICT");
                for (int c = 0; c < 10; c++) {
                    communities.add(Fixtures.unit(sub, "COMMUNITY"));
                }
            }
        }

        // 1. the CSV import over HTTP, after a small warm-up file
        post("/api/v1/volunteers/import", csv(communities.subList(0, 100), 1_000, new Random(1)));
        String file = csv(communities, IMPORT, new Random(2));
        long started = System.nanoTime();
        HttpResponse<String> imported = post("/api/v1/volunteers/import", file);
        double importSeconds = (System.nanoTime() - started) / 1e9;
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(IMPORT, JsonPath.from(imported.body()).getInt("imported"));

        // 2. the rest of the volunteers and every record, generated in the database
        double generateSeconds;
        double rebuildSeconds;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long t0 = System.nanoTime();
            // bulk load without per-row foreign-key triggers, on this connection only (a superuser setting)
            st.execute("set session_replication_role = replica");
            st.execute("select setseed(0.42)");
            st.execute("create temp table bench_community as select id, (row_number() over (order by path) - 1)::int as i "
                    + "from org_unit_replica where level = 'COMMUNITY' and path <@ '" + city.path() + "'");
            try (PreparedStatement s = c.prepareStatement(VOLUNTEERS_SQL)) {
                s.setInt(1, VOLUNTEERS - IMPORT - 1_000);
                s.executeUpdate();
            }
            st.execute("create temp table bench_volunteer as select id, registered_on, home_community_id, "
                    + "row_number() over (order by random()) as n from volunteer");
            st.execute("create index on bench_volunteer (n)");
            st.execute("analyze bench_volunteer");
            try (PreparedStatement s = c.prepareStatement(RECORDS_SQL)) {
                s.setInt(1, VOLUNTEERS);
                s.setInt(2, RECORDS);
                s.executeUpdate();
            }
            generateSeconds = (System.nanoTime() - t0) / 1e9;
            // 3. hours per year and the days star levels were reached, for everyone, with the service's own statements
            //    (one call: PostgreSQL hashes a large array of ids and reads the ledger once)
            long t1 = System.nanoTime();
            List<UUID> everyone = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select id from volunteer")) {
                while (rs.next()) {
                    everyone.add(rs.getObject(1, UUID.class));
                }
            }
            HoursLedger.rebuild(c, everyone);
            rebuildSeconds = (System.nanoTime() - t1) / 1e9;
            st.execute("set session_replication_role = origin");
            // autovacuum does this within a minute of a bulk load; statistics are measured as they run after it
            c.setAutoCommit(true);
            st.execute("vacuum analyze");
        }

        Fixtures.Unit district = districts.get(1);
        long[] counts = counts(city, district);
        String base = "http://localhost:" + RestAssured.port;
        String districtYear = base + "/api/v1/volunteer-stats?orgUnitId=" + district.id() + "&year=2023";
        String districtAll = base + "/api/v1/volunteer-stats?orgUnitId=" + district.id();
        String cityYear = base + "/api/v1/volunteer-stats?orgUnitId=" + city.id() + "&year=2023";
        String cityAll = base + "/api/v1/volunteer-stats?orgUnitId=" + city.id();
        String anyone = base + "/api/v1/volunteers/" + JsonPath.from(get(base + "/api/v1/volunteers?size=1&orgUnitId="
                + district.id()).body()).getString("items[0].id");
        String health = base + "/q/health/live";
        for (String url : List.of(districtYear, districtAll, cityYear, cityAll, anyone, health)) {
            for (int i = 0; i < 5; i++) {
                get(url);
            }
        }
        double[] dy = timings(districtYear);
        double[] da = timings(districtAll);
        double[] cy = timings(cityYear);
        double[] ca = timings(cityAll);
        double healthRate = rate(health, 3_000);
        double readRate = rate(anyone, 3_000);
        long t2 = System.nanoTime();
        HttpResponse<InputStream> export = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/volunteers/export?orgUnitId="
                + district.id())).header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        try (InputStream in = export.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        double exportSeconds = (System.nanoTime() - t2) / 1e9;
        JsonPath sample = JsonPath.from(get(districtYear).body());

        System.out.printf("%n=== volunteer-service at scale (load average before: %s) ===%n", load);
        System.out.printf("rows: %,d volunteers, %,d service records, %,d volunteer-year rows, %,d star rows, %,d communities%n",
                counts[0], counts[1], counts[2], counts[3], communities.size());
        System.out.printf("measured district: %,d volunteers (%,d counted ACTIVE), %,d service records; city: all of them%n",
                counts[4], sample.getLong("volunteers.volunteers"), counts[5]);
        System.out.printf("import of %,d volunteers (CSV over HTTP)   %7.2f s  %,9.0f rows/s  (target <= 30 s)%n", IMPORT,
                importSeconds, IMPORT / importSeconds);
        System.out.printf("generate %,d volunteers and %,d records (SQL)  %7.1f s%n", VOLUNTEERS - IMPORT - 1_000, RECORDS,
                generateSeconds);
        System.out.printf("rebuild hours per year and star days of all  %7.1f s%n", rebuildSeconds);
        System.out.printf("GET volunteer-stats district, year 2023       median %6.1f ms  p90 %6.1f ms  (target median <= 200 ms)%n",
                dy[0], dy[1]);
        System.out.printf("GET volunteer-stats district, all time        median %6.1f ms  p90 %6.1f ms%n", da[0], da[1]);
        System.out.printf("GET volunteer-stats city, year 2023           median %6.1f ms  p90 %6.1f ms%n", cy[0], cy[1]);
        System.out.printf("GET volunteer-stats city, all time            median %6.1f ms  p90 %6.1f ms%n", ca[0], ca[1]);
        System.out.printf("export of the district (streamed CSV)        %7.2f s  %,9.0f rows/s  (%,d rows)%n", exportSeconds,
                (lines - 1) / exportSeconds, lines - 1);
        System.out.printf("GET /q/health/live %8.0f req/s; GET /api/v1/volunteers/{id} %8.0f req/s = %.2f x health%n",
                healthRate, readRate, readRate / healthRate);
        System.out.printf("district 2023: hours %s, stars %s (load average after: %s)%n%n", sample.getString("volunteers.hours"),
                sample.getList("volunteers.byStarLevel.volunteers"), Files.load());
        assertEquals(counts[4], lines - 1);
    }

    /** volunteers, records, year rows, star rows, the district's volunteers and records. */
    private long[] counts(Fixtures.Unit city, Fixtures.Unit district) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select (select count(*) from volunteer), (select count(*) from service_record),
                       (select count(*) from volunteer_year_hours), (select count(*) from volunteer_star),
                       (select count(*) from volunteer v join org_unit_replica u on u.id = v.home_community_id
                        where u.path <@ '%s'),
                       (select count(*) from service_record s join volunteer v on v.id = s.volunteer_id
                        join org_unit_replica u on u.id = v.home_community_id where u.path <@ '%s')"""
                .formatted(district.path(), district.path()))) {
            rs.next();
            long[] counts = new long[6];
            for (int i = 0; i < 6; i++) {
                counts[i] = rs.getLong(i + 1);
            }
            return counts;
        }
    }

    private static String csv(List<Fixtures.Unit> communities, int rows, Random random) {
        StringBuilder csv = new StringBuilder("name,gender,birthDate,phone,idNumber,homeCommunityId,partyMember,skills,status,registeredOn\n");
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
            String gender = random.nextBoolean() ? "MALE" : "FEMALE";
            csv.append("导入").append(i).append(',').append(gender).append(',').append(birth).append(",1380000")
                    .append(String.format("%04d", i % 10_000)).append(',').append(Fixtures.idNumber(birth, gender)).append(',')
                    .append(communities.get(i % communities.size()).id()).append(',').append(i % 3 == 0).append(",HAIRDRESSING;FIRST_AID,,")
                    .append(LocalDate.of(2018, 1, 1).plusDays(random.nextInt(2000))).append('\n');
        }
        return csv.toString();
    }

    /** Median and 90th percentile of {@link #RUNS} sequential requests, in ms. */
    private double[] timings(String url) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            get(url);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[(int) (RUNS * 0.9)]};
    }

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

    private HttpResponse<String> post(String path, String csv) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            return r;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The machine's load average, to say how loaded it was while measuring. */
    static final class Files {
        static String load() {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4)[0];
            } catch (Exception e) {
                return "?";
            }
        }
    }
}
