package cn.shenyang.grassroots.orgstructure.whistle;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.etag;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.category;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The statistics' tallies (migration V8) stay exact however whistles change: a ledger imported
 * with past dates, a low rating that reopens a whistle, a rejected import, a subtree moved to
 * another district; and, over every whistle in the database, they equal a recount from the rows.
 */
@QuarkusTest
class WhistleTallyTest {
    @Inject
    DataSource dataSource;

    @Test
    void importedReopenedAndMovedWhistlesCountExactly() throws Exception {
        String[] c = chain();
        String category = category();
        String lead = department(c[1]);
        String ledger = """
                {"ref":"A","action":"RAISE","occurredAt":"2019-05-01T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"Drain","description":"Blocked drain","address":"Road 1","urgency":"ORDINARY"}
                {"ref":"A","action":"DISPATCH","occurredAt":"2019-05-01T09:00:00+08:00","leadDepartmentId":"%3$s"}
                {"ref":"A","action":"CHECK_IN","occurredAt":"2019-05-02T09:00:00+08:00","departmentId":"%3$s"}
                {"ref":"A","action":"REPORT_RESULT","occurredAt":"2019-05-03T09:00:00+08:00","departmentId":"%3$s","note":"cleared"}
                {"ref":"A","action":"CONFIRM","occurredAt":"2019-05-04T09:00:00+08:00","rating":2}
                {"ref":"A","action":"REPORT_RESULT","occurredAt":"2019-05-05T09:00:00+08:00","departmentId":"%3$s","note":"relaid"}
                {"ref":"A","action":"CONFIRM","occurredAt":"2019-05-06T09:00:00+08:00","rating":4}
                {"ref":"B","action":"RAISE","occurredAt":"2019-05-02T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"Lamp","description":"Street light out","address":"Road 2","urgency":"URGENT"}
                {"ref":"B","action":"DISPATCH","occurredAt":"2019-05-02T09:00:00+08:00","leadDepartmentId":"%3$s"}
                {"ref":"B","action":"CHECK_IN","occurredAt":"2019-05-02T11:00:01+08:00","departmentId":"%3$s"}
                {"ref":"B","action":"REPORT_RESULT","occurredAt":"2019-05-02T15:00:00+08:00","departmentId":"%3$s","note":"replaced"}
                {"ref":"C","action":"RAISE","occurredAt":"2019-05-31T23:59:59+08:00","communityId":"%1$s","categoryId":"%2$s","title":"Noise","description":"Noise at night","address":"Road 3","urgency":"ORDINARY"}
                {"ref":"D","action":"RAISE","occurredAt":"2019-06-01T00:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"Noise","description":"Noise at night","address":"Road 3","urgency":"ORDINARY"}
                """.formatted(c[3], category, lead);
        importLedger(ledger, 200);
        // a rejected file (a dispatch dated before its raising) leaves nothing behind, tallies included
        importLedger("""
                {"ref":"E","action":"RAISE","occurredAt":"2019-05-10T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"Tree","description":"Fallen tree","address":"Road 4","urgency":"ORDINARY"}
                {"ref":"E","action":"DISPATCH","occurredAt":"2019-05-09T09:00:00+08:00","leadDepartmentId":"%3$s"}
                """.formatted(c[3], category, lead), 422);

        for (String unit : List.of(c[1], c[2], c[3])) {
            assertMay2019(unit, category, lead);
        }
        // a full page's total comes from the tallies: the same as counting the rows (A closed, B resolved, C and D raised)
        for (String unit : List.of(c[1], c[3])) {
            String list = "/api/v1/whistles?size=1&orgUnitId=" + unit;
            assertEquals(4, asAdmin().get(list).then().statusCode(200).extract().jsonPath().getLong("totalItems"));
            assertEquals(2, asAdmin().get(list + "&status=RAISED").then().statusCode(200).extract().jsonPath()
                    .getLong("totalItems"));
            assertEquals(4, asAdmin().get(list + "&categoryId=" + category).then().statusCode(200).extract().jsonPath()
                    .getLong("totalItems"));
            assertEquals(1, asAdmin().get(list + "&status=CLOSED").then().statusCode(200).extract().jsonPath()
                    .getLong("totalItems"));
        }

        String district2 = createId("DISTRICT", c[0]);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[2])).body(Map.of("newParentId", district2))
                .post("/api/v1/org-units/" + c[2] + "/move").then().statusCode(200);
        JsonPath left = stats(c[1]);
        assertEquals(0, left.getLong("raised"));
        assertEquals(Map.of(), left.getMap("byStatus"));
        assertEquals(List.of(), left.getList("departmentRanking"));
        for (String unit : List.of(district2, c[2], c[3])) {
            assertMay2019(unit, category, lead);
        }
        assertTalliesEqualARecount();
    }

    /** By hand: A checked in at its deadline's own second and reopened by a 2 before a 4; B checked in a second late. */
    private void assertMay2019(String unit, String category, String lead) {
        JsonPath s = stats(unit);
        assertEquals(List.of(3L, 2L, 2L, 1L, 2L, 1L, 1L, 1L), List.of(s.getLong("raised"), s.getLong("dispatched"),
                s.getLong("checkedIn"), s.getLong("checkedInOnTime"), s.getLong("resolved"), s.getLong("confirmed"),
                s.getLong("rated"), s.getLong("ratedSatisfied")), unit);
        assertEquals(0.5, s.getDouble("responseRate"));
        assertEquals(1.0, s.getDouble("resolutionRate"));
        assertEquals(1.0, s.getDouble("satisfactionRate"));
        // (1440 + 120 1/60) / 2 minutes
        assertEquals(780.01, s.getDouble("medianMinutesToCheckIn"));
        assertEquals(Map.of("RAISED", 1, "RESOLVED", 1, "CLOSED", 1), s.getMap("byStatus"));
        assertEquals(List.of(category), s.getList("byCategory.categoryId"));
        assertEquals(List.of(3), s.getList("byCategory.raised"));
        assertEquals(List.of(lead), s.getList("departmentRanking.departmentId"));
        assertEquals(List.of(2, 2, 1, 2, 0), List.of(s.getInt("departmentRanking[0].leadAssignments"),
                s.getInt("departmentRanking[0].checkedIn"), s.getInt("departmentRanking[0].checkedInOnTime"),
                s.getInt("departmentRanking[0].resultsReported"), s.getInt("departmentRanking[0].returned")));
    }

    private static JsonPath stats(String unit) {
        return asAdmin().queryParam("orgUnitId", unit).queryParam("from", "2019-05-01").queryParam("to", "2019-05-31")
                .get("/api/v1/whistles/stats").then().statusCode(200).extract().jsonPath();
    }

    private static void importLedger(String ndjson, int status) {
        asAdmin().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/whistles/import").then().statusCode(status);
    }

    /** Every tally row that counts something against the same figures counted from the whistles themselves, both ways. */
    private void assertTalliesEqualARecount() throws Exception {
        String recount = """
                with w as (select w.*, (w.raised_at at time zone 'Asia/Shanghai')::date as day from whistle w),
                recount as (
                    select subpath(w.community_path, 0, i) as scope_path, w.day as raised_on, w.category_id, w.status,
                           count(*) as raised, count(w.first_dispatched_at) as dispatched,
                           count(w.first_lead_check_in_at) as checked_in,
                           count(*) filter (where w.first_lead_check_in_on_time) as checked_in_on_time,
                           count(w.first_resolved_at) as resolved, count(w.confirmed_at) as confirmed,
                           count(w.rating) as rated, count(*) filter (where w.rating >= 4) as rated_satisfied
                    from w cross join generate_series(1, nlevel(w.community_path)) i
                    group by 1, 2, 3, 4),
                tally as (
                    select * from whistle_tally
                    where (raised, dispatched, checked_in, checked_in_on_time, resolved, confirmed, rated, rated_satisfied)
                          <> (0, 0, 0, 0, 0, 0, 0, 0)),
                departments as (
                    select subpath(a.community_path, 0, i) as scope_path, w.day as raised_on, a.department_id,
                           count(*) as lead_assignments, count(a.checked_in_at) as checked_in,
                           count(*) filter (where a.checked_in_at <= a.check_in_deadline) as checked_in_on_time,
                           count(a.result_reported_at) as results_reported, count(a.returned_at) as returned
                    from whistle_assignment a join w on w.id = a.whistle_id
                         cross join generate_series(1, nlevel(a.community_path)) i
                    where a.role = 'LEAD'
                    group by 1, 2, 3),
                department_tally as (
                    select * from whistle_department_tally
                    where (lead_assignments, checked_in, checked_in_on_time, results_reported, returned) <> (0, 0, 0, 0, 0))
                select (select count(*) from (select * from recount except select * from tally) x),
                       (select count(*) from (select * from tally except select * from recount) x),
                       (select count(*) from recount),
                       (select count(*) from (select * from departments except select * from department_tally) x),
                       (select count(*) from (select * from department_tally except select * from departments) x),
                       (select count(*) from departments)""";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(recount)) {
            r.next();
            assertEquals(List.of(0L, 0L, 0L, 0L), List.of(r.getLong(1), r.getLong(2), r.getLong(4), r.getLong(5)),
                    "tally rows differing from a recount of " + r.getLong(3) + " whistle and " + r.getLong(6)
                            + " department groups");
        }
    }
}
