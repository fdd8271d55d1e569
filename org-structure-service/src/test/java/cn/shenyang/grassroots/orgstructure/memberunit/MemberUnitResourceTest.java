package cn.shenyang.grassroots.orgstructure.memberunit;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.path;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class MemberUnitResourceTest {

    public static String memberUnit(String subdistrict) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("unit"), "kind", "STATE_OWNED_ENTERPRISE",
                "subdistrictId", subdistrict, "headName", "Sun Qiang", "joinedOn", "2019-03-01"))
                .post("/api/v1/member-units").then().statusCode(201).extract().path("id");
    }

    @Test
    void dutyReportsAndTheTwoWayEvaluation() {
        String[] c = chain();
        String unit = memberUnit(c[2]);
        asAdmin().get("/api/v1/member-units/" + unit).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .header("ETag", "\"0\"");
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "kind", "SCHOOL", "subdistrictId", c[3],
                "joinedOn", "2019-03-01")).post("/api/v1/member-units").then().statusCode(400)
                .body("violations[0].field", equalTo("subdistrictId"));

        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2023, "reportedOn", "2024-01-15", "summary", "Year's work",
                "commitments", List.of(Map.of("content", "Fund 2 elder canteens", "completed", true),
                        Map.of("content", "Volunteer days", "completed", true),
                        Map.of("content", "Repair the square", "completed", false, "note", "delayed to spring"))))
                .post("/api/v1/member-units/" + unit + "/duty-reports").then().statusCode(201)
                .body("completionRate", equalTo(0.6667f));
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2023, "reportedOn", "2024-01-16", "summary", "again",
                "commitments", List.of())).post("/api/v1/member-units/" + unit + "/duty-reports").then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2024, "reportedOn", "2999-01-16", "summary", "future",
                "commitments", List.of())).post("/api/v1/member-units/" + unit + "/duty-reports").then().statusCode(400)
                .body("violations[0].field", equalTo("reportedOn"));

        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2023, "direction", "COMMITTEE_RATES_UNIT",
                "votedOn", "2024-01-15", "tally", Map.of("excellent", 9, "competent", 9, "basic", 1, "incompetent", 0)))
                .post("/api/v1/member-units/" + unit + "/evaluations").then().statusCode(201).body("result", equalTo("COMPETENT"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2023, "direction", "UNIT_RATES_COMMITTEE",
                "votedOn", "2024-01-15", "tally", Map.of("excellent", 1, "competent", 0, "basic", 0, "incompetent", 0)))
                .post("/api/v1/member-units/" + unit + "/evaluations").then().statusCode(201).body("result", equalTo("EXCELLENT"));
        asAdmin().get("/api/v1/member-units/" + unit + "/evaluations").then()
                .body("direction", contains("COMMITTEE_RATES_UNIT", "UNIT_RATES_COMMITTEE"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2022, "direction", "UNIT_RATES_COMMITTEE",
                "votedOn", "2023-01-15", "tally", Map.of("excellent", 0, "competent", 0, "basic", 0, "incompetent", 0)))
                .post("/api/v1/member-units/" + unit + "/evaluations").then().statusCode(400)
                .body("violations[0].field", equalTo("tally"));

        as("c", Roles.ORG_MANAGER, path(c[3])).get("/api/v1/member-units/" + unit).then().statusCode(404);
        as("s", Roles.ORG_MANAGER, path(c[2])).queryParam("orgUnitId", c[2]).get("/api/v1/member-units").then()
                .body("items.id", contains(unit));
    }

    @Test
    void aReportAndAVoteReadOneByOneWhereTheirCreationSays() {
        String[] c = chain();
        String unit = memberUnit(c[2]);
        String other = memberUnit(c[2]);
        String report = asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2023, "reportedOn", "2024-01-15",
                "summary", "Year's work", "commitments", List.of(Map.of("content", "Fund an elder canteen", "completed", true))))
                .post("/api/v1/member-units/" + unit + "/duty-reports").then().statusCode(201).extract().header("Location");
        asAdmin().get(report).then().statusCode(200).header("ETag", "\"0\"").body("memberUnitId", equalTo(unit))
                .body("year", equalTo(2023)).body("completionRate", equalTo(1.0f))
                .body("commitments.content", contains("Fund an elder canteen"));
        String reportId = report.substring(report.lastIndexOf('/') + 1);
        String vote = asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2023, "direction", "COMMITTEE_RATES_UNIT",
                "votedOn", "2024-01-15", "tally", Map.of("excellent", 3, "competent", 9, "basic", 1, "incompetent", 0)))
                .post("/api/v1/member-units/" + unit + "/evaluations").then().statusCode(201).extract().header("Location");
        asAdmin().get(vote).then().statusCode(200).header("ETag", "\"0\"").body("result", equalTo("COMPETENT"))
                .body("tally.competent", equalTo(9)).body("direction", equalTo("COMMITTEE_RATES_UNIT"));
        String voteId = vote.substring(vote.lastIndexOf('/') + 1);

        // through another unit, or out of scope, they are not there
        asAdmin().get("/api/v1/member-units/" + other + "/duty-reports/" + reportId).then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().get("/api/v1/member-units/" + other + "/evaluations/" + voteId).then().statusCode(404);
        as("c", Roles.ORG_MANAGER, path(c[3])).get("/api/v1/member-units/" + unit + "/duty-reports/" + reportId).then()
                .statusCode(404);
        asAdmin().get("/api/v1/member-units/" + unit + "/evaluations/not-a-uuid").then().statusCode(400);
    }
}
