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
}
