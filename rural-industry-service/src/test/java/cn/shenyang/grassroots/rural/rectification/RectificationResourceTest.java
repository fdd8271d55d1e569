package cn.shenyang.grassroots.rural.rectification;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.rural.support.Fixtures;
import cn.shenyang.grassroots.platform.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A weak-and-lax case: one plan, one countermeasure per problem, closed out only when every problem is resolved. */
@QuarkusTest
class RectificationResourceTest {
    private static final String CASES = "/api/v1/rectifications";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static Map<String, Object> problem(String category, String description) {
        return Map.of("category", category, "description", description, "countermeasure", "选优配强村党支部书记",
                "owner", "镇党委副书记");
    }

    static Map<String, Object> newCase(UUID village, String identifiedOn, Map<String, Object> fourOnes) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", village.toString());
        body.put("identifiedOn", identifiedOn);
        body.put("planSummary", "一个基层党组织一个方案：调整班子、规范组织生活、发展集体经济");
        body.put("fourOnes", fourOnes);
        body.put("problems", List.of(problem("WEAK_LEADERSHIP", "书记年龄偏大、带富能力弱"),
                problem("LAX_ORGANISATIONAL_LIFE", "三会一课不规范")));
        return body;
    }

    static Map<String, Object> fullCover() {
        return Map.of("cityLeaderAssignmentId", UUID.randomUUID().toString(),
                "townshipLeaderAssignmentId", UUID.randomUUID().toString(),
                "firstSecretaryAssignmentId", UUID.randomUUID().toString(),
                "pairedAgencyAssignmentId", UUID.randomUUID().toString());
    }

    static ValidatableResponse post(RequestSpecification who, String id, String path, Map<String, Object> body) {
        String etag = asAdmin().get(CASES + "/" + id).then().extract().header("ETag");
        return who.contentType(ContentType.JSON).header("If-Match", etag).body(body).post(CASES + "/" + id + path).then();
    }

    @Test
    void closeOutIsRefusedWhileAProblemIsOpenAndDatedNoEarlierThanTheLastResolution() {
        Fixtures.Tree t = Fixtures.tree();
        String id = Fixtures.post(CASES, newCase(t.village().id(), "2020-03-02", fullCover()));
        asAdmin().get(CASES + "/" + id).then().statusCode(200).body("year", equalTo(2020))
                .body("status", equalTo("RECTIFYING")).body("openProblems", equalTo(2))
                .body("fourOnes.complete", equalTo(true)).body("problems.raisedOn", contains("2020-03-02", "2020-03-02"));
        List<String> problems = asAdmin().get(CASES + "/" + id).then().extract().path("problems.id");
        post(asAdmin(), id, "/actions", Map.of("action", "CLOSE_OUT", "occurredOn", "2020-11-30")).statusCode(409)
                .body("type", equalTo("urn:grassroots:problem:invalid-transition"))
                .body("detail", containsString("2 problem(s) still open")).body("detail", containsString(problems.get(0)));
        post(t.manager(t.township()), id, "/problems/" + problems.get(0) + "/resolve",
                Map.of("resolvedOn", "2020-06-30", "resolution", "换届选出新书记")).statusCode(200)
                .body("openProblems", equalTo(1)).body("problems[0].resolved", equalTo(true));
        post(asAdmin(), id, "/problems/" + problems.get(0) + "/resolve", Map.of("resolution", "again")).statusCode(409);
        asAdmin().get(CASES + "/" + id + "/allowed-actions").then().body("actions[0].action", equalTo("CLOSE_OUT"))
                .body("actions[0].available", equalTo(false)).body("actions[0].blockedBy", containsString("1 problem(s)"));
        post(asAdmin(), id, "/problems/" + problems.get(1) + "/resolve",
                Map.of("resolvedOn", "2020-09-15", "resolution", "每月主题党日")).statusCode(200);
        post(asAdmin(), id, "/actions", Map.of("action", "CLOSE_OUT", "occurredOn", "2020-09-14")).statusCode(409)
                .body("detail", containsString("2020-09-15"));
        post(t.manager(t.township()), id, "/actions", Map.of("action", "CLOSE_OUT", "occurredOn", "2020-11-30"))
                .statusCode(409).body("detail", containsString("two levels"));
        post(t.manager(t.county()), id, "/actions", Map.of("action", "CLOSE_OUT", "occurredOn", "2020-11-30",
                "evidenceRef", "销号验收表")).statusCode(200).body("status", equalTo("CLOSED_OUT"))
                .body("statusOn", equalTo("2020-11-30"));
        // a closed-out case's plan and problems are final until it is reopened
        post(asAdmin(), id, "/problems", problem("OTHER", "新问题")).statusCode(409).body("detail", containsString("REOPEN"));
        post(asAdmin(), id, "/actions", Map.of("action", "REOPEN")).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        post(asAdmin(), id, "/actions", Map.of("action", "REOPEN", "reason", "回头看发现反弹", "occurredOn", "2021-04-01"))
                .statusCode(200).body("status", equalTo("RECTIFYING"));
        asAdmin().get(CASES + "/" + id + "/history").then()
                .body("items.action", contains("OPEN", "CLOSE_OUT", "REOPEN"))
                .body("items.occurredOn", contains("2020-03-02", "2020-11-30", "2021-04-01"));
    }

    @Test
    void casesAreCountedByTheDaysTheyWereOpenedAndClosedOut() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit v2 = Fixtures.unit(t.township(), "VILLAGE");
        Fixtures.Unit v3 = Fixtures.unit(t.township(), "VILLAGE");
        String closedIn2020 = Fixtures.post(CASES, newCase(t.village().id(), "2019-11-05", fullCover()));
        String closedIn2021 = Fixtures.post(CASES, newCase(v2.id(), "2020-02-01", fullCover()));
        Fixtures.post(CASES, newCase(v3.id(), "2020-05-01", null));
        resolveAllAndClose(closedIn2020, "2020-06-01", "2020-12-31");
        resolveAllAndClose(closedIn2021, "2020-12-01", "2021-01-04");
        asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("year", 2020).get(CASES + "/counts").then()
                .statusCode(200).body("periodEnd", equalTo("2020-12-31"))
                .body("opened", equalTo(2)).body("closedOut", equalTo(1)).body("openAtPeriodEnd", equalTo(2))
                .body("openedWithFullFourOnes", equalTo(1))
                .body("problemsRaised", equalTo(4)).body("problemsResolved", equalTo(4));
        asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("year", 2019).get(CASES + "/counts").then()
                .body("opened", equalTo(1)).body("closedOut", equalTo(0)).body("openAtPeriodEnd", equalTo(1));
        asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("year", 2021).get(CASES + "/counts").then()
                .body("opened", equalTo(0)).body("closedOut", equalTo(1)).body("openAtPeriodEnd", equalTo(1));
    }

    @Test
    void oneCasePerVillageAndYearOpenedFromAboveAndDatedInThePast() {
        Fixtures.Tree t = Fixtures.tree();
        String id = Fixtures.post(CASES, newCase(t.village().id(), "2020-03-02", null));
        asAdmin().contentType(ContentType.JSON).body(newCase(t.village().id(), "2020-10-01", null)).post(CASES).then()
                .statusCode(409).body("detail", containsString(id));
        t.manager(t.village()).contentType(ContentType.JSON).body(newCase(t.village().id(), "2021-03-02", null)).post(CASES)
                .then().statusCode(403);
        TestClock.set(LocalDate.of(2021, 5, 1));
        asAdmin().contentType(ContentType.JSON).body(newCase(t.village().id(), "2021-05-02", null)).post(CASES).then()
                .statusCode(400).body("violations[0].field", equalTo("identifiedOn"));
        Map<String, Object> early = newCase(t.village().id(), "2021-03-02", null);
        early.put("problems", List.of(Map.of("category", "OTHER", "description", "x", "countermeasure", "y", "owner", "z",
                "raisedOn", "2021-03-01")));
        asAdmin().contentType(ContentType.JSON).body(early).post(CASES).then().statusCode(400)
                .body("violations[0].field", equalTo("problems[0].raisedOn"));
        Map<String, Object> none = newCase(t.village().id(), "2021-03-02", null);
        none.put("problems", List.of());
        asAdmin().contentType(ContentType.JSON).body(none).post(CASES).then().statusCode(400)
                .body("violations[0].field", equalTo("problems"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("notedOn", "2020-03-01", "note", "x"))
                .post(CASES + "/" + id + "/progress-notes").then().statusCode(400);
        asAdmin().contentType(ContentType.JSON).body(Map.of("notedOn", "2020-04-01", "note", "召开专题组织生活会"))
                .post(CASES + "/" + id + "/progress-notes").then().statusCode(201).body("recordedBy", equalTo("admin"));
        asAdmin().get(CASES + "/" + id + "/progress-notes").then().body("items.notedOn", contains("2020-04-01"));
        Fixtures.Tree theirs = Fixtures.tree();
        theirs.manager(theirs.county()).get(CASES + "/" + id).then().statusCode(404);
        theirs.manager(theirs.county()).get(CASES + "/" + id + "/progress-notes").then().statusCode(404);
        theirs.manager(theirs.county()).queryParam("year", 2020).get(CASES).then().body("totalItems", equalTo(0));
    }

    private static void resolveAllAndClose(String id, String resolvedOn, String closedOn) {
        List<String> problems = asAdmin().get(CASES + "/" + id).then().extract().path("problems.id");
        for (String p : problems) {
            post(asAdmin(), id, "/problems/" + p + "/resolve", Map.of("resolvedOn", resolvedOn, "resolution", "已整改"))
                    .statusCode(200);
        }
        post(asAdmin(), id, "/actions", Map.of("action", "CLOSE_OUT", "occurredOn", closedOn)).statusCode(200);
    }
}
