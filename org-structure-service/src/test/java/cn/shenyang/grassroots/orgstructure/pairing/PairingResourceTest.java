package cn.shenyang.grassroots.orgstructure.pairing;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.pairing;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.path;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PairingResourceTest {

    @Test
    void aPairingJoinsADepartmentToACommunityOfItsDistrictForNonOverlappingPeriods() {
        String[] c = chain();
        String[] elsewhere = chain();
        String d = department(c[1]);
        String p = pairing(d, c[3], "2020-01-01", "2020-12-31");

        // the same pair again in an overlapping period
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("departmentId", d, "communityId", c[3], "validFrom", "2020-12-31"))
                .post("/api/v1/pairings").then().statusCode(409).body("detail", containsString(p));
        // from the next day on it is fine
        pairing(d, c[3], "2021-01-01", null);
        // a community of another district, a sub-district, an unknown department
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("departmentId", d, "communityId", elsewhere[3], "validFrom", "2020-01-01"))
                .post("/api/v1/pairings").then().statusCode(400).body("violations[0].field", equalTo("communityId"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("departmentId", d, "communityId", c[2], "validFrom", "2020-01-01"))
                .post("/api/v1/pairings").then().statusCode(400).body("violations[0].field", equalTo("communityId"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("departmentId", c[1], "communityId", c[3], "validFrom", "2020-01-01"))
                .post("/api/v1/pairings").then().statusCode(400).body("violations[0].field", equalTo("departmentId"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("departmentId", d, "communityId", c[3], "validFrom", "2030-01-01", "validTo", "2029-01-01"))
                .post("/api/v1/pairings").then().statusCode(400).body("violations[0].field", equalTo("validTo"));

        // ending the first pairing early, with its ETag
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("validFrom", "2020-01-01", "validTo", "2020-06-30"))
                .put("/api/v1/pairings/" + p).then().statusCode(200).header("ETag", "\"1\"")
                .body("validTo", equalTo("2020-06-30"));
        asAdmin().queryParam("communityId", c[3]).queryParam("activeOn", "2020-07-01").get("/api/v1/pairings").then()
                .body("totalItems", equalTo(0));
        asAdmin().queryParam("departmentId", d).get("/api/v1/pairings").then().body("totalItems", equalTo(2));
    }

    @Test
    void coverageGapsAreTheCommunitiesWithNoActivePairingOnTheDay() {
        String[] c = chain();
        String second = createId("COMMUNITY", c[2]);
        String third = createId("COMMUNITY", c[2]);
        createId("VILLAGE", c[2]);
        String d = department(c[1]);
        pairing(d, c[3], "2020-01-01", null);
        pairing(d, second, "2020-01-01", "2020-03-31");

        asAdmin().queryParam("orgUnitId", c[1]).queryParam("on", "2020-02-01").get("/api/v1/pairings/coverage-gaps")
                .then().statusCode(200).body("items.id", contains(third)).body("totalItems", equalTo(1));
        asAdmin().queryParam("orgUnitId", c[2]).queryParam("on", "2020-04-01").get("/api/v1/pairings/coverage-gaps")
                .then().body("items.id", contains(second, third)).body("totalItems", equalTo(2));
        asAdmin().get("/api/v1/pairings/coverage-gaps").then().statusCode(400)
                .body("violations[0].field", equalTo("orgUnitId"));
    }

    @Test
    void pairingsOutsideTheScopeAre404() {
        String[] mine = chain();
        String[] theirs = chain();
        String p = pairing(department(theirs[1]), theirs[3], "2020-01-01", null);
        as("m", Roles.ORG_MANAGER, path(mine[1])).get("/api/v1/pairings/" + p).then().statusCode(404);
        as("m", Roles.ORG_MANAGER, path(mine[1])).queryParam("orgUnitId", theirs[1])
                .get("/api/v1/pairings/coverage-gaps").then().statusCode(400);
        as("c", Roles.ORG_MANAGER, path(theirs[3])).get("/api/v1/pairings/" + p).then().statusCode(200);
    }

    @Test
    void countsArePairedAndUnpairedCommunitiesAndTheirDepartmentsOnTheDay() {
        // a district: four active communities in two sub-districts, one dissolved, a village
        String[] c = chain();
        String second = createId("COMMUNITY", c[2]);
        String otherSubdistrict = createId("SUBDISTRICT", c[1]);
        String third = createId("COMMUNITY", otherSubdistrict);
        String fourth = createId("COMMUNITY", otherSubdistrict);
        String village = createId("VILLAGE", otherSubdistrict);
        String d1 = department(c[1]);
        String d2 = department(c[1]);
        String d3 = department(c[1]);
        // on 2020-06-01: c[3] by d1 and d2, second by d1; third only until 2020-05-31; d3 only with the village
        pairing(d1, c[3], "2020-01-01", null);
        pairing(d2, c[3], "2020-01-01", "2020-12-31");
        pairing(d1, second, "2020-06-01", null);
        pairing(d2, third, "2020-01-01", "2020-05-31");
        pairing(d3, village, "2020-01-01", null);

        // expected, written out: communities {c3, second, third, fourth}; paired on the day {c3, second};
        // departments {d1, d2}; pairings {d1-c3, d2-c3, d1-second}
        asAdmin().queryParam("orgUnitId", c[1]).queryParam("on", "2020-06-01").get("/api/v1/pairings/counts")
                .then().statusCode(200)
                .body("orgUnitId", equalTo(c[1]))
                .body("on", equalTo("2020-06-01"))
                .body("communities", equalTo(4))
                .body("pairedCommunities", equalTo(2))
                .body("communitiesWithoutPairing", equalTo(2))
                .body("pairedDepartments", equalTo(2))
                .body("activePairings", equalTo(3));
        // the day before, second is not paired yet and third still is; the other sub-district alone
        asAdmin().queryParam("orgUnitId", c[1]).queryParam("on", "2020-05-31").get("/api/v1/pairings/counts")
                .then().body("pairedCommunities", equalTo(2)).body("pairedDepartments", equalTo(2))
                .body("activePairings", equalTo(3));
        asAdmin().queryParam("orgUnitId", otherSubdistrict).queryParam("on", "2020-06-01").get("/api/v1/pairings/counts")
                .then().body("communities", equalTo(2)).body("pairedCommunities", equalTo(0))
                .body("communitiesWithoutPairing", equalTo(2)).body("pairedDepartments", equalTo(0));
        // the same figure as the coverage gaps list
        asAdmin().queryParam("orgUnitId", c[1]).queryParam("on", "2020-06-01").get("/api/v1/pairings/coverage-gaps")
                .then().body("totalItems", equalTo(2));
        asAdmin().get("/api/v1/pairings/counts").then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        as("outsider", Roles.VIEWER, "999999").queryParam("orgUnitId", c[1]).get("/api/v1/pairings/counts")
                .then().statusCode(404);
    }
}
