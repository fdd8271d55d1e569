package cn.shenyang.grassroots.orgstructure.assessment;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class AssessmentResourceTest {
    /** Each test its own year, so indicator sets never clash. */
    private static final AtomicInteger YEARS = new AtomicInteger(2100 + (int) (System.nanoTime() % 50));

    public static int year() {
        int year = YEARS.incrementAndGet();
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", year, "indicators", List.of(
                Map.of("code", "PARTY_BUILDING", "name", "Party building", "weight", 40, "partyBuilding", true, "passMark", 60),
                Map.of("code", "DEVELOPMENT", "name", "Development", "weight", 60, "partyBuilding", false))))
                .post("/api/v1/assessments/indicator-sets").then().statusCode(201);
        return year;
    }

    public static String assess(String unit, int year, int party, int development) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("orgUnitId", unit, "year", year, "secretaryName", "Liu Wei",
                "assessedOn", "2024-12-20", "scores", Map.of("PARTY_BUILDING", party, "DEVELOPMENT", development)))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void aVetoedAssessmentFailsAndRanksLastWhateverItsTotal() {
        String[] c = chain();
        String second = createId("COMMUNITY", c[2]);
        String third = createId("COMMUNITY", c[2]);
        int year = year();
        String best = assess(c[3], year, 95, 90);       // 38 + 54 = 92.00 EXCELLENT
        String vetoed = assess(second, year, 55, 100);   // 22 + 60 = 82.00, but vetoed
        String middle = assess(third, year, 70, 80);     // 28 + 48 = 76.00 PASS
        asAdmin().get("/api/v1/assessments/" + vetoed).then().statusCode(200)
                .body("total", equalTo(82.0f)).body("vetoed", equalTo(true)).body("grade", equalTo("FAIL"));
        asAdmin().queryParam("orgUnitId", c[2]).queryParam("year", year).get("/api/v1/assessments/ranking").then()
                .statusCode(200).body("assessmentId", contains(best, middle, vetoed)).body("rank", contains(1, 2, 3))
                .body("grade", contains("EXCELLENT", "PASS", "FAIL"));

        // a correction with the ETag lifts the veto
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("orgUnitId", second, "year", year, "secretaryName", "Liu Wei",
                        "scores", Map.of("PARTY_BUILDING", 60, "DEVELOPMENT", 100)))
                .put("/api/v1/assessments/" + vetoed).then().statusCode(200).body("grade", equalTo("GOOD"))
                .body("total", equalTo(84.0f));
        as("m", Roles.ORG_MANAGER, path(c[3])).get("/api/v1/assessments/" + vetoed).then().statusCode(404);
    }

    @Test
    void scoresFollowTheYearsIndicators() {
        String[] c = chain();
        int year = year();
        asAdmin().contentType(ContentType.JSON).body(Map.of("orgUnitId", c[3], "year", year, "secretaryName", "x",
                "scores", Map.of("PARTY_BUILDING", 80, "HAPPINESS", 80)))
                .post("/api/v1/assessments").then().statusCode(400)
                .body("violations.field", contains("scores.DEVELOPMENT", "scores.HAPPINESS"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("orgUnitId", c[3], "year", 2000, "secretaryName", "x",
                "scores", Map.of("PARTY_BUILDING", 80)))
                .post("/api/v1/assessments").then().statusCode(400).body("violations[0].field", equalTo("year"));
        assess(c[3], year, 80, 80);
        asAdmin().contentType(ContentType.JSON).body(Map.of("orgUnitId", c[3], "year", year, "secretaryName", "x",
                "scores", Map.of("PARTY_BUILDING", 80, "DEVELOPMENT", 80)))
                .post("/api/v1/assessments").then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", year, "indicators", List.of(
                Map.of("code", "A", "name", "a", "weight", 100, "partyBuilding", true, "passMark", 60))))
                .post("/api/v1/assessments/indicator-sets").then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", YEARS.incrementAndGet(), "indicators", List.of(
                Map.of("code", "A", "name", "a", "weight", 90, "partyBuilding", false))))
                .post("/api/v1/assessments/indicator-sets").then().statusCode(400)
                .body("violations.message", contains("weights must add up to 100; they add up to 90",
                        "exactly one indicator is the party-building one (with the veto); 0 are"));
        asAdmin().get("/api/v1/assessments/indicator-sets/" + year).then().statusCode(200)
                .body("indicators.code", contains("DEVELOPMENT", "PARTY_BUILDING"));
    }

    @Test
    void indicatorsChangeWithTheirETagUntilSomethingIsScoredAgainstThem() {
        String[] c = chain();
        int year = year();
        Map<String, Object> reweighted = Map.of("year", year, "indicators", List.of(
                Map.of("code", "PARTY_BUILDING", "name", "Party building", "weight", 30, "partyBuilding", true, "passMark", 60),
                Map.of("code", "DEVELOPMENT", "name", "Development", "weight", 50, "partyBuilding", false),
                Map.of("code", "LIVELIHOOD", "name", "Livelihood", "weight", 20, "partyBuilding", false)));
        String path = "/api/v1/assessments/indicator-sets/" + year;
        asAdmin().get(path).then().statusCode(200).header("ETag", "\"0\"");
        asAdmin().contentType(ContentType.JSON).body(reweighted).put(path).then().statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(reweighted).put(path).then().statusCode(412);
        as("m", Roles.ORG_MANAGER, path(c[1])).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(reweighted)
                .put(path).then().statusCode(403);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("year", year + 1, "indicators", reweighted.get("indicators"))).put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(reweighted).put(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("indicators.code", contains("DEVELOPMENT", "LIVELIHOOD", "PARTY_BUILDING"))
                .body("indicators.weight", contains(50.0f, 20.0f, 30.0f));

        // scored with the new weights: 0.3 × 80 + 0.5 × 90 + 0.2 × 70 = 83.00
        asAdmin().contentType(ContentType.JSON).body(Map.of("orgUnitId", c[3], "year", year, "secretaryName", "Liu Wei",
                "assessedOn", "2024-12-20", "scores", Map.of("PARTY_BUILDING", 80, "DEVELOPMENT", 90, "LIVELIHOOD", 70)))
                .post("/api/v1/assessments").then().statusCode(201).body("total", equalTo(83.0f));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(reweighted).put(path).then().statusCode(409)
                .contentType("application/problem+json");
        asAdmin().get(path).then().header("ETag", "\"1\"").body("indicators", org.hamcrest.Matchers.hasSize(3));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(reweighted)
                .put("/api/v1/assessments/indicator-sets/1999").then().statusCode(404);
    }
}
