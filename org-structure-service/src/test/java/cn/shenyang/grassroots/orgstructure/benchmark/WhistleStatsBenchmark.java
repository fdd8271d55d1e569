package cn.shenyang.grassroots.orgstructure.benchmark;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.category;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * District-level whistle statistics at 1,000,000 whistles: a district of 3 sub-districts and 60
 * communities, 67 departments, whistles raised over five years (2021–2025) in every state of the
 * workflow, written with one generate_series statement (the V8 triggers tally them), then {@code GET /api/v1/whistles/stats}
 * timed over HTTP for one year and for all five. Not part of {@code verify}; run
 * {@code ./mvnw -B verify -pl org-structure-service -am -Pbenchmark -Dtest=WhistleStatsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(WhistleStatsBenchmark.BenchmarkProfile.class)
@Tag("benchmark")
class WhistleStatsBenchmark {
    static final int WHISTLES = Integer.getInteger("bench.whistles", 1_000_000);
    static final int RUNS = 30;
    static final String TALLY_2025 = "select count(*) from %s t join org_unit u on u.id = '%s' where t.scope_path = u.path"
            + " and t.raised_on between '2025-01-01' and '2025-12-31'";

    public static class BenchmarkProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class,
                    Map.of(EmbeddedPostgresResource.DATABASE, "whistles_" + System.currentTimeMillis())));
        }
    }

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.token("benchmark", "ADMIN", null);

    @Test
    void districtStatisticsAtAMillionWhistles() throws Exception {
        String city = createId("CITY", null);
        String district = createId("DISTRICT", city);
        for (int s = 0; s < 3; s++) {
            String subdistrict = createId("SUBDISTRICT", district);
            for (int c = 0; c < 20; c++) {
                createId("COMMUNITY", subdistrict);
            }
        }
        for (int d = 0; d < 67; d++) {
            department(district);
        }
        for (int k = 0; k < 3; k++) {
            category();
        }
        long started = System.nanoTime();
        generate(district);
        double generateSeconds = (System.nanoTime() - started) / 1e9;

        String year = "/api/v1/whistles/stats?orgUnitId=" + district + "&from=2025-01-01&to=2025-12-31";
        String all = "/api/v1/whistles/stats?orgUnitId=" + district + "&from=2021-01-01&to=2025-12-31";
        String out = String.format("""

                ==== whistle statistics benchmark ====
                whistles: %,d (in the district: %,d; raised in 2025: %,d); lead assignments: %,d; departments: %,d
                tally rows: %,d whistle, %,d department (the district's own in 2025: %,d and %,d)
                generated with generate_series in %.1f s, then ANALYZE
                GET %s
                    district, one year (2025)  : %s
                GET %s
                    district, all five years   : %s
                load average: %s
                ======================================
                """, count("select count(*) from whistle"), count("select count(*) from whistle w join org_unit u on u.id = '"
                        + district + "' where w.community_path <@ u.path"),
                count("select count(*) from whistle where raised_at >= '2025-01-01T00:00+08' and raised_at < '2026-01-01T00:00+08'"),
                count("select count(*) from whistle_assignment where role = 'LEAD'"), count("select count(*) from department"),
                count("select count(*) from whistle_tally"), count("select count(*) from whistle_department_tally"),
                count(TALLY_2025.formatted("whistle_tally", district)),
                count(TALLY_2025.formatted("whistle_department_tally", district)),
                generateSeconds, year, time(year), all, time(all), Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.println(out);
        Files.writeString(Path.of("target", "whistle-stats-benchmark.txt"), out);
    }

    /** Median and 95th percentile of {@link #RUNS} sequential requests after five warm-up ones. */
    private String time(String path) throws Exception {
        for (int i = 0; i < 5; i++) {
            get(path);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            get(path);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(null);
        return String.format("median %.1f ms, p95 %.1f ms, min %.1f ms over %d runs", (ms.get(RUNS / 2 - 1) + ms.get(RUNS / 2)) / 2,
                ms.get((int) Math.ceil(RUNS * 0.95) - 1), ms.get(0), RUNS);
    }

    private void get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    /**
     * One statement per table: whistle n goes to community n mod 60, category n mod 3, lead
     * department n mod 67, raised on day n mod 1826 of 2021–2025; its last digit decides how far
     * it got (0 raised, 1 dispatched, 2 returned, 3–4 in progress, 5 resolved, 6–9 closed and rated).
     */
    private void generate(String district) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (PreparedStatement p = c.prepareStatement("""
                    insert into whistle (id, community_id, community_path, category_id, title, description, address, urgency,
                        status, escalation, raised_at, last_step_at, lead_department_id, dispatched_at, check_in_deadline,
                        resolve_deadline, first_dispatched_at, first_lead_assigned_at, first_lead_check_in_at,
                        first_lead_check_in_on_time, first_resolved_at, confirmed_at, rating, rated_at,
                        version, created_at, created_by, updated_at, updated_by)
                    with c as (select id, path, (row_number() over (order by id) - 1)::int as n from org_unit
                               where level = 'COMMUNITY' and path <@ (select path from org_unit where id = ?)),
                         k as (select id, (row_number() over (order by id) - 1)::int as n from whistle_category),
                         d as (select id, (row_number() over (order by id) - 1)::int as n from department),
                         g as (select g, g % 10 as stage, g % 1800 as minutes,
                                      timestamptz '2021-01-01 00:00+08' + (g % 1826) * interval '1 day'
                                          + (g % 1440) * interval '1 minute' as t
                               from generate_series(1, ?) g)
                    select gen_random_uuid(), c.id, c.path, k.id, 'Whistle ' || g.g, 'Generated for the benchmark', 'Road ' || g.g,
                           'ORDINARY',
                           case when g.stage = 0 then 'RAISED' when g.stage = 1 then 'DISPATCHED' when g.stage = 2 then 'RETURNED'
                                when g.stage <= 4 then 'IN_PROGRESS' when g.stage = 5 then 'RESOLVED' else 'CLOSED' end,
                           'NONE', g.t, g.t,
                           case when g.stage > 0 then d.id end,
                           case when g.stage > 0 then g.t + interval '1 hour' end,
                           case when g.stage > 0 then g.t + interval '25 hours' end,
                           case when g.stage > 0 then g.t + interval '7 days 1 hour' end,
                           case when g.stage > 0 then g.t + interval '1 hour' end,
                           case when g.stage >= 3 then g.t + interval '1 hour' end,
                           case when g.stage >= 3 then g.t + interval '1 hour' + g.minutes * interval '1 minute' end,
                           case when g.stage >= 3 then g.minutes <= 1440 end,
                           case when g.stage >= 5 then g.t + interval '3 days' end,
                           case when g.stage >= 6 then g.t + interval '4 days' end,
                           case when g.stage >= 6 then 1 + g.g % 5 end,
                           case when g.stage >= 6 then g.t + interval '4 days' end,
                           0, now(), 'benchmark', now(), 'benchmark'
                    from g join c on c.n = g.g % (select count(*) from c)
                           join k on k.n = g.g % (select count(*) from k)
                           join d on d.n = g.g % (select count(*) from d)""")) {
                p.setObject(1, java.util.UUID.fromString(district));
                p.setInt(2, WHISTLES);
                p.executeUpdate();
            }
            s.executeUpdate("""
                    insert into whistle_assignment (id, whistle_id, department_id, role, assigned_at, check_in_deadline,
                        checked_in_at, result_reported_at, returned_at, active, raised_at, community_path)
                    select gen_random_uuid(), id, lead_department_id, 'LEAD', dispatched_at, check_in_deadline,
                           first_lead_check_in_at, first_resolved_at,
                           case when status = 'RETURNED' then dispatched_at + interval '2 hours' end, status <> 'RETURNED',
                           raised_at, community_path
                    from whistle where lead_department_id is not null""");
            s.execute("vacuum analyze"); // the visibility map lets the statistics read their index alone
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
