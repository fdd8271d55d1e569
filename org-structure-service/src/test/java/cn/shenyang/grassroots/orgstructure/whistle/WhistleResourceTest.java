package cn.shenyang.grassroots.orgstructure.whistle;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.act;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.category;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.liaison;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.pairing;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.path;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.raise;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.whistle;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.testing.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whistle workflow over HTTP: every party's steps, refusals with reasons, deadlines, escalation and scope. */
@QuarkusTest
class WhistleResourceTest {
    @Inject
    WhistleEscalations escalations;

    String[] c;
    String lead;
    String co;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private void setUp() {
        c = chain();
        lead = department(c[1]);
        co = department(c[1]);
    }

    private RequestSpecification community() {
        return as("community-manager", Roles.ORG_MANAGER, path(c[3]));
    }

    private RequestSpecification subdistrict() {
        return as("subdistrict-manager", Roles.ORG_MANAGER, path(c[2]));
    }

    private static Map<String, Object> step(String action, String at, Object... more) {
        Map<String, Object> step = new HashMap<>(Map.of("action", action, "occurredAt", at));
        for (int i = 0; i < more.length; i += 2) {
            step.put((String) more[i], more[i + 1]);
        }
        return step;
    }

    @Test
    void raiseDispatchCheckInWorkResolveRateReopenAndClose() {
        setUp();
        String category = category();
        String id = community().contentType(ContentType.JSON)
                .body(raise(c[3], category, "ORDINARY", "2025-03-03T08:00:00+08:00"))
                .post("/api/v1/whistles").then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("RAISED")).body("raisedAt", equalTo("2025-03-03T00:00:00Z"))
                .body("location.latitude", equalTo(41.65f)).body("createdBy", equalTo("community-manager"))
                .extract().path("id");

        // the community cannot dispatch; the sub-district can, and is offered DISPATCH
        act(community(), id, step("DISPATCH", "2025-03-03T09:00:00+08:00", "leadDepartmentId", lead)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("DISPATCH in status RAISED is for the community's sub-district, which you are not"));
        subdistrict().get("/api/v1/whistles/" + id + "/allowed-actions").then().statusCode(200)
                .body("actions.action", contains("DISPATCH"));
        community().get("/api/v1/whistles/" + id + "/allowed-actions").then().body("actions", empty());
        act(subdistrict(), id, step("DISPATCH", "2025-03-03T09:00:00+08:00", "leadDepartmentId", lead,
                "coHandlerDepartmentIds", List.of(co))).statusCode(200)
                .body("status", equalTo("DISPATCHED")).body("leadDepartmentId", equalTo(lead))
                .body("checkInDeadline", equalTo("2025-03-04T01:00:00Z"))
                .body("resolveDeadline", equalTo("2025-03-10T01:00:00Z"))
                .body("assignments.role", contains("LEAD", "CO_HANDLER"));

        // each department sees its own buttons
        liaison(lead).get("/api/v1/whistles/" + id + "/allowed-actions").then()
                .body("actions.action", contains("CHECK_IN", "RETURN")).body("actions[0].to", equalTo("IN_PROGRESS"));
        liaison(co).get("/api/v1/whistles/" + id + "/allowed-actions").then()
                .body("actions.action", contains("CHECK_IN")).body("actions[0].to", equalTo("DISPATCHED"));
        act(liaison(co), id, step("CHECK_IN", "2025-03-03T10:00:00+08:00")).statusCode(200)
                .body("status", equalTo("DISPATCHED"));
        act(liaison(co), id, step("CHECK_IN", "2025-03-03T10:05:00+08:00")).statusCode(409)
                .body("detail", containsString("already checked in"));
        act(liaison(co), id, step("REPORT_RESULT", "2025-03-03T10:10:00+08:00", "note", "x")).statusCode(409)
                .body("detail", containsString("REPORT_RESULT is not allowed for a whistle in status DISPATCHED"));
        act(liaison(lead), id, step("CHECK_IN", "2025-03-03T11:00:00+08:00")).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("assignments.find { it.role == 'LEAD' }.checkedInOnTime", equalTo(true));
        act(liaison(co), id, step("REPORT_RESULT", "2025-03-03T12:00:00+08:00", "note", "done")).statusCode(409)
                .body("detail", equalTo("REPORT_RESULT in status IN_PROGRESS is for the lead department, which you are not"));
        act(liaison(co), id, step("RECORD_PROGRESS", "2025-03-03T12:00:00+08:00", "note", "pipes delivered")).statusCode(200);
        act(liaison(lead), id, step("REPORT_RESULT", "2025-03-04T09:00:00+08:00")).statusCode(400)
                .body("violations[0].field", equalTo("note"));
        act(liaison(lead), id, step("REPORT_RESULT", "2025-03-04T09:00:00+08:00", "note", "drain cleared")).statusCode(200)
                .body("status", equalTo("RESOLVED"));

        // a rating under 3 reopens it; the lead reports again; 4 closes it
        act(community(), id, step("CONFIRM", "2025-03-04T10:00:00+08:00")).statusCode(400)
                .body("violations[0].field", equalTo("rating"));
        act(community(), id, step("CONFIRM", "2025-03-04T10:00:00+08:00", "rating", 2, "note", "still smells"))
                .statusCode(200).body("status", equalTo("IN_PROGRESS")).body("rating", equalTo(2))
                .body("resolveDeadline", equalTo("2025-03-11T02:00:00Z"));
        act(liaison(lead), id, step("REPORT_RESULT", "2025-03-05T09:00:00+08:00", "note", "disinfected")).statusCode(200);
        act(community(), id, step("CONFIRM", "2025-03-05T10:00:00+08:00", "rating", 4)).statusCode(200)
                .body("status", equalTo("CLOSED")).body("rating", equalTo(4));
        act(community(), id, step("CONFIRM", "2025-03-05T11:00:00+08:00", "rating", 5)).statusCode(409)
                .body("detail", equalTo("CONFIRM is not allowed for a whistle in status CLOSED (it is closed: nothing more can be done)"));

        asAdmin().get("/api/v1/whistles/" + id + "/history").then().statusCode(200)
                .body("action", contains("RAISE", "DISPATCH", "CHECK_IN", "CHECK_IN", "RECORD_PROGRESS", "REPORT_RESULT",
                        "CONFIRM", "REPORT_RESULT", "CONFIRM"))
                .body("toStatus", contains("RAISED", "DISPATCHED", "DISPATCHED", "IN_PROGRESS", "IN_PROGRESS", "RESOLVED",
                        "IN_PROGRESS", "RESOLVED", "CLOSED"))
                .body("[2].departmentId", equalTo(co)).body("[2].recordedBy", equalTo("liaison-" + co.substring(0, 8)))
                .body("[1].recordedBy", equalTo("subdistrict-manager"))
                .body("[6].note", equalTo("still smells")).body("[6].rating", equalTo(2))
                .body("[8].occurredAt", equalTo("2025-03-05T02:00:00Z"));
    }

    @Test
    void aLeadReturnsWithAReasonAndTheSubdistrictDispatchesAnew() {
        setUp();
        String other = department(c[1]);
        String id = whistle(c[3], category(), "COMPLEX", "2025-04-01T08:00:00+08:00");
        act(subdistrict(), id, step("DISPATCH", "2025-04-01T09:00:00+08:00", "leadDepartmentId", lead)).statusCode(200);
        act(liaison(lead), id, step("RETURN", "2025-04-01T10:00:00+08:00")).statusCode(400)
                .body("violations[0].field", equalTo("note")).body("detail", containsString("the reason"));
        act(liaison(lead), id, step("RETURN", "2025-04-01T10:00:00+08:00", "note", "not our remit: gas pipes"))
                .statusCode(200).body("status", equalTo("RETURNED"));
        act(liaison(lead), id, step("CHECK_IN", "2025-04-01T10:30:00+08:00")).statusCode(409);
        act(subdistrict(), id, step("REDISPATCH", "2025-04-01T11:00:00+08:00", "leadDepartmentId", other)).statusCode(200)
                .body("status", equalTo("DISPATCHED")).body("leadDepartmentId", equalTo(other))
                .body("assignments.active", contains(false, true));
        // the first department still sees the whistle sent to it, but can no longer act on it
        liaison(lead).get("/api/v1/whistles/" + id).then().statusCode(200);
        liaison(lead).get("/api/v1/whistles/" + id + "/allowed-actions").then().body("actions", empty());
        act(liaison(lead), id, step("CHECK_IN", "2025-04-01T11:30:00+08:00")).statusCode(409)
                .body("detail", containsString("is for a department the whistle is dispatched to"));
        act(liaison(other), id, step("CHECK_IN", "2025-04-01T11:30:00+08:00")).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        // an ADMIN acts for a department only by naming it
        act(asAdmin(), id, step("REPORT_RESULT", "2025-04-02T09:00:00+08:00", "note", "fixed")).statusCode(409)
                .body("detail", containsString("names it in departmentId"));
        act(asAdmin(), id, step("REPORT_RESULT", "2025-04-02T09:00:00+08:00", "note", "fixed", "departmentId", other))
                .statusCode(200).body("status", equalTo("RESOLVED"));
    }

    @Test
    void dispatchNeedsDepartmentsOfTheDistrictAndSuggestsPairedOnesFirst() {
        setUp();
        String[] elsewhere = chain();
        String foreign = department(elsewhere[1]);
        String paired = department(c[1]);
        pairing(paired, c[3], "2020-01-01", null);
        String id = whistle(c[3], category(), "ORDINARY", null);
        asAdmin().get("/api/v1/whistles/" + id + "/suggested-departments").then().statusCode(200)
                .body("[0].department.id", equalTo(paired)).body("[0].pairedWithCommunity", equalTo(true))
                .body("[1].pairedWithCommunity", equalTo(false)).body("size()", equalTo(3));
        act(subdistrict(), id, Map.of("action", "DISPATCH")).statusCode(400)
                .body("violations[0].field", equalTo("leadDepartmentId"));
        act(subdistrict(), id, Map.of("action", "DISPATCH", "leadDepartmentId", foreign)).statusCode(400)
                .body("violations[0].field", equalTo("leadDepartmentId"));
        act(subdistrict(), id, Map.of("action", "DISPATCH", "leadDepartmentId", lead, "coHandlerDepartmentIds", List.of(lead)))
                .statusCode(400).body("violations[0].field", equalTo("coHandlerDepartmentIds"));
    }

    @Test
    void checkInExactlyAtTheDeadlineIsOnTimeAndOneSecondLaterIsLate() {
        setUp();
        String third = department(c[1]);
        String id = whistle(c[3], category(), "URGENT", "2025-05-01T08:00:00Z");
        act(subdistrict(), id, step("DISPATCH", "2025-05-01T09:00:00Z", "leadDepartmentId", lead,
                "coHandlerDepartmentIds", List.of(co, third))).statusCode(200)
                .body("checkInDeadline", equalTo("2025-05-01T11:00:00Z"))
                .body("resolveDeadline", equalTo("2025-05-02T09:00:00Z"));
        act(liaison(lead), id, step("CHECK_IN", "2025-05-01T11:00:00Z")).statusCode(200);
        act(liaison(co), id, step("CHECK_IN", "2025-05-01T11:00:01Z")).statusCode(200);
        asAdmin().get("/api/v1/whistles/" + id).then()
                .body("assignments.find { it.departmentId == '" + lead + "' }.checkedInOnTime", equalTo(true))
                .body("assignments.find { it.departmentId == '" + co + "' }.checkedInOnTime", equalTo(false))
                .body("assignments.find { it.departmentId == '" + third + "' }.checkedInOnTime", equalTo(null));
    }

    @Test
    void stepsAreNeverInTheFutureNorBeforeThePreviousStep() {
        setUp();
        TestClock.set(Instant.parse("2025-06-10T00:00:00Z"));
        asAdmin().contentType(ContentType.JSON).body(raise(c[3], category(), "ORDINARY", "2025-06-10T00:00:01Z"))
                .post("/api/v1/whistles").then().statusCode(400).body("violations[0].field", equalTo("occurredAt"));
        String id = whistle(c[3], category(), "ORDINARY", "2025-06-09T12:00:00Z");
        act(subdistrict(), id, step("DISPATCH", "2025-06-09T11:59:59Z", "leadDepartmentId", lead)).statusCode(400)
                .body("violations[0].field", equalTo("occurredAt"))
                .body("detail", containsString("before the whistle's previous step"));
        act(subdistrict(), id, step("DISPATCH", "2025-06-10T00:00:01Z", "leadDepartmentId", lead)).statusCode(400)
                .body("detail", containsString("future"));
        // without occurredAt the step happens now
        act(subdistrict(), id, Map.of("action", "DISPATCH", "leadDepartmentId", lead)).statusCode(200)
                .body("dispatchedAt", equalTo("2025-06-10T00:00:00Z"));
        // the same second as the previous step is fine
        act(liaison(lead), id, step("CHECK_IN", "2025-06-10T00:00:00Z")).statusCode(200);
    }

    @Test
    void overdueWhistlesEscalateToTheSubdistrictThenTheDistrict() {
        setUp();
        String id = whistle(c[3], category(), "ORDINARY", "2025-07-01T00:00:00Z");
        act(subdistrict(), id, step("DISPATCH", "2025-07-01T01:00:00Z", "leadDepartmentId", lead)).statusCode(200);

        TestClock.set(Instant.parse("2025-07-02T01:00:00Z")); // exactly the check-in deadline: not yet overdue
        escalations.run();
        asAdmin().get("/api/v1/whistles/" + id).then().body("escalation", equalTo("NONE")).body("overdue", equalTo(false));
        asAdmin().queryParam("orgUnitId", c[2]).get("/api/v1/whistles/overdue").then().body("items.id", not(hasItem(id)));

        TestClock.set(Instant.parse("2025-07-02T01:00:01Z"));
        escalations.run();
        asAdmin().get("/api/v1/whistles/" + id).then().body("escalation", equalTo("SUBDISTRICT")).body("overdue", equalTo(true));
        asAdmin().queryParam("orgUnitId", c[2]).get("/api/v1/whistles/overdue").then().body("items.id", contains(id));
        escalations.run(); // nothing new to escalate
        TestClock.set(Instant.parse("2025-07-03T01:00:01Z")); // overdue by as long again as was allowed
        escalations.run();
        asAdmin().get("/api/v1/whistles/" + id).then().body("escalation", equalTo("DISTRICT"));
        List<Map<String, Object>> steps = asAdmin().get("/api/v1/whistles/" + id + "/history").then().extract()
                .path("findAll { it.action == 'ESCALATE' }");
        assertEquals(2, steps.size());
        assertEquals("system", steps.get(0).get("recordedBy"));
        assertEquals("2025-07-02T01:00:01Z", steps.get(0).get("occurredAt"));
        assertEquals("escalated to the SUBDISTRICT: the lead department did not check in by 2025-07-02T01:00Z",
                steps.get(0).get("note"));

        // a check-in that happened in time may still be entered after the escalation
        act(liaison(lead), id, step("CHECK_IN", "2025-07-01T02:00:00Z")).statusCode(200)
                .body("assignments[0].checkedInOnTime", equalTo(true));
    }

    @Test
    void communitiesSeeTheirOwnWhistlesAndLiaisonsOnlyThoseSentToThem() {
        setUp();
        String neighbour = createId("COMMUNITY", c[2]);
        String category = category();
        String mine = whistle(c[3], category, "ORDINARY", null);
        String theirs = whistle(neighbour, category, "ORDINARY", null);
        String notSent = whistle(c[3], category, "ORDINARY", null);
        act(subdistrict(), mine, Map.of("action", "DISPATCH", "leadDepartmentId", lead)).statusCode(200);
        act(subdistrict(), theirs, Map.of("action", "DISPATCH", "leadDepartmentId", co)).statusCode(200);

        community().queryParam("orgUnitId", c[3]).get("/api/v1/whistles").then().statusCode(200)
                .body("items.id", contains(notSent, mine));
        community().get("/api/v1/whistles/" + theirs).then().statusCode(404)
                .body("type", equalTo("urn:grassroots:problem:not-found"));
        community().get("/api/v1/whistles/" + theirs + "/history").then().statusCode(404);
        act(community(), theirs, step("CONFIRM", "2025-01-01T00:00:00Z", "rating", 5)).statusCode(404);
        subdistrict().queryParam("orgUnitId", c[2]).get("/api/v1/whistles").then().body("totalItems", equalTo(3));

        liaison(lead).get("/api/v1/whistles").then().statusCode(200).body("items.id", contains(mine));
        liaison(lead).get("/api/v1/whistles/" + notSent).then().statusCode(404);
        liaison(lead).get("/api/v1/whistles/" + theirs).then().statusCode(404);
        act(liaison(lead), theirs, Map.of("action", "CHECK_IN")).statusCode(404);
        liaison(lead).queryParam("orgUnitId", c[1]).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/api/v1/whistles/stats").then().statusCode(403);
        // a manager of another subtree: 404
        String[] elsewhere = chain();
        as("other", Roles.ORG_MANAGER, path(elsewhere[1])).get("/api/v1/whistles/" + mine).then().statusCode(404);
    }
}
