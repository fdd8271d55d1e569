package cn.shenyang.grassroots.orgstructure.overview;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures;
import cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.security.Claims;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The overview's org-structure sections are what the six endpoints answer for the same subtree and
 * period, no more; a role that may not read a section's own endpoint does not get it here either.
 */
@QuarkusTest
class GovernanceOverviewResourceTest {
    private static final String OVERVIEW = "/api/v1/governance-overview";
    private static final String PROFILE = "/api/v1/governance-profiles/";

    @Test
    void eachSectionIsItsOwnEndpointsAnswerForTheYear() {
        String[] chain = OrgUnitFixtures.chain();
        String district = chain[1];
        String community = chain[3];
        OrgUnitFixtures.createId("COMMUNITY", chain[2]);
        String town = OrgUnitFixtures.createId("TOWN", district);
        OrgUnitFixtures.createId("VILLAGE", town);
        OrgUnitFixtures.createId("VILLAGE", town);
        String department = GovernanceFixtures.department(district);
        GovernanceFixtures.pairing(department, community, "2024-01-01", null);
        String category = GovernanceFixtures.category();
        GovernanceFixtures.whistle(community, category, "ORDINARY", "2025-03-01T09:00:00+08:00");
        GovernanceFixtures.whistle(community, category, "URGENT", "2024-06-01T09:00:00+08:00");
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", OrgUnitFixtures.unique("红色驿站"), "kind", "RED_STATION",
                "orgUnitId", community, "address", "育林路1号")).post("/api/v1/service-sites").then().statusCode(201);

        String q = "?orgUnitId=" + district;
        JsonPath overview = asAdmin().get(OVERVIEW + q + "&year=2025").then().statusCode(200)
                .body("orgUnitId", equalTo(district))
                .body("periodStart", equalTo("2025-01-01"))
                .body("periodEnd", equalTo("2025-12-31"))
                .body("units.totalDescendants", equalTo(6))
                .body("departments", equalTo(1))
                .body("pairings.communities", equalTo(2))
                .body("pairings.pairedCommunities", equalTo(1))
                .body("villagesMissingAnyOfFourOnes", equalTo(2))
                .body("whistles.raised", equalTo(1))
                .body("serviceSites.total", equalTo(1))
                .body("withheld", empty())
                .extract().jsonPath();

        assertEquals(get("/api/v1/org-units/" + district + "/stats").getMap(""), overview.getMap("units"));
        assertEquals(get("/api/v1/departments?districtId=" + district + "&size=1").getLong("totalItems"),
                overview.getLong("departments"));
        assertEquals(get("/api/v1/pairings/counts" + q + "&on=2025-12-31").getMap(""), overview.getMap("pairings"));
        assertEquals(get("/api/v1/responsibility-assignments/coverage-gaps" + q + "&level=VILLAGE&on=2025-12-31&size=1")
                .getLong("totalItems"), overview.getLong("villagesMissingAnyOfFourOnes"));
        assertEquals(get("/api/v1/whistles/stats" + q + "&from=2025-01-01&to=2025-12-31").getMap(""),
                overview.getMap("whistles"));
        assertEquals(get("/api/v1/service-sites/counts" + q).getMap(""), overview.getMap("serviceSites"));

        // a department's liaison reads the tree, departments and pairings, and nothing its own endpoints refuse it
        var liaison = RestAssured.given().auth().oauth2(Jwt.issuer(Claims.ISSUER).subject("liaison").upn("liaison")
                .groups(Set.of(Roles.DEPARTMENT_LIAISON)).claim(Claims.DEPARTMENT_ID, department)
                .claim(Claims.ORG_PATH, GovernanceFixtures.path(district)).expiresIn(600).sign());
        liaison.get("/api/v1/org-units/" + district + "/stats").then().statusCode(200);
        liaison.get(OVERVIEW + q + "&year=2025").then().statusCode(200)
                .body("units", notNullValue())
                .body("departments", equalTo(1))
                .body("pairings", notNullValue())
                .body("villagesMissingAnyOfFourOnes", nullValue())
                .body("whistles", nullValue())
                .body("serviceSites", nullValue())
                .body("withheld", contains("villagesMissingAnyOfFourOnes", "whistles", "serviceSites"));
        liaison.get("/api/v1/whistles/stats" + q + "&from=2025-01-01&to=2025-12-31")
                .then().statusCode(403);
    }

    @Test
    void theProfileSectionsAreTheFirstPagesOfTheirOwnOperations() {
        String[] chain = OrgUnitFixtures.chain();
        String district = chain[1];
        String community = chain[3];
        String department = GovernanceFixtures.department(district);
        GovernanceFixtures.pairing(department, community, "2024-01-01", null);
        String category = GovernanceFixtures.category();
        GovernanceFixtures.whistle(community, category, "ORDINARY", "2025-03-01T09:00:00+08:00");
        GovernanceFixtures.whistle(community, category, "URGENT", "2024-06-01T09:00:00+08:00");

        JsonPath profile = asAdmin().get(PROFILE + community).then().statusCode(200)
                .body("orgUnit.id", equalTo(community))
                .body("ancestors.size()", equalTo(3))
                .body("pairings.totalItems", equalTo(1))
                .body("whistles.totalItems", equalTo(2))
                .body("withheld", empty())
                .extract().jsonPath();
        assertEquals(get("/api/v1/org-units/" + community).getMap(""), profile.getMap("orgUnit"));
        assertEquals(get("/api/v1/org-units/" + community + "/ancestors").getList(""), profile.getList("ancestors"));
        assertEquals(get("/api/v1/responsibility-assignments?size=20&orgUnitId=" + community).getMap(""),
                profile.getMap("responsibilityAssignments"));
        assertEquals(get("/api/v1/pairings?size=20&communityId=" + community).getMap(""), profile.getMap("pairings"));
        assertEquals(get("/api/v1/whistles?size=20&orgUnitId=" + community).getMap(""), profile.getMap("whistles"));

        // a department's liaison of the district gets what its own list operations give it, and no assignments
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> liaison = () -> RestAssured.given()
                .auth().oauth2(Jwt.issuer(Claims.ISSUER).subject("liaison").upn("liaison")
                        .groups(Set.of(Roles.DEPARTMENT_LIAISON)).claim(Claims.DEPARTMENT_ID, department)
                        .claim(Claims.ORG_PATH, GovernanceFixtures.path(district)).expiresIn(600).sign());
        JsonPath seen = liaison.get().get(PROFILE + community).then().statusCode(200)
                .body("orgUnit.id", equalTo(community))
                .body("responsibilityAssignments", nullValue())
                .body("withheld", contains("responsibilityAssignments"))
                .extract().jsonPath();
        for (String[] section : new String[][] {{"pairings", "/api/v1/pairings?size=20&communityId="},
                {"whistles", "/api/v1/whistles?size=20&orgUnitId="}}) {
            assertEquals(liaison.get().get(section[1] + community).then().statusCode(200).extract().jsonPath().getMap(""),
                    seen.getMap(section[0]), section[0]);
        }
        liaison.get().get("/api/v1/responsibility-assignments?orgUnitId=" + community).then().statusCode(403);

        asAdmin().get(PROFILE + java.util.UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        as("viewer-elsewhere", Roles.VIEWER, "999999").get(PROFILE + community).then().statusCode(404)
                .contentType("application/problem+json");
        asAdmin().get(PROFILE + "not-a-uuid").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badInputIsA400AndAUnitOutsideTheScopeA404() {
        String district = OrgUnitFixtures.chain()[1];
        String q = "?orgUnitId=" + district;
        asAdmin().get(OVERVIEW + "?year=2025").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().get(OVERVIEW + q).then().statusCode(400).body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + "?orgUnitId=not-a-uuid&year=2025").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().get(OVERVIEW + q + "&year=abc").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + q + "&year=2999").then().statusCode(400).body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + q + "&year=2025&from=2025-01-01").then().statusCode(400)
                .contentType("application/problem+json");
        as("viewer-elsewhere", Roles.VIEWER, "999999").get(OVERVIEW + q + "&year=2025").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static JsonPath get(String url) {
        return asAdmin().get(url).then().statusCode(200).extract().jsonPath();
    }
}
