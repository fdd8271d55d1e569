package cn.shenyang.grassroots.rural.overview;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Fixtures;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overview's rural sections are what the six endpoints answer for the same subtree and year, no more. */
@QuarkusTest
class RuralIndustryOverviewResourceTest {
    private static final String OVERVIEW = "/api/v1/rural-industry-overview";

    @Test
    void eachSectionIsItsOwnEndpointsAnswerForTheYear() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit second = Fixtures.unit(t.township(), "VILLAGE");
        // the first village rises from 40,000 to 1,300,000 yuan, the second from 0 (hollow) to 60,000
        Fixtures.confirm(Fixtures.createIncome(t.village().id(), 2019, Fixtures.amounts("40000", "0", "0")), "2020-02-01", "2020-02-10");
        Fixtures.confirm(Fixtures.createIncome(t.village().id(), 2020, Fixtures.amounts("1300000", "0", "0")), "2021-02-01", "2021-02-10");
        Fixtures.confirm(Fixtures.createIncome(second.id(), 2019, Fixtures.amounts("0", "0", "0")), "2020-02-01", "2020-02-10");
        Fixtures.confirm(Fixtures.createIncome(second.id(), 2020, Fixtures.amounts("60000", "0", "0")), "2021-02-01", "2021-02-10");
        Fixtures.post("/api/v1/demonstration-ratings", Map.of("orgUnitId", t.village().id().toString(), "year", 2020,
                "rating", "DEMONSTRATION", "ratedOn", "2020-12-20", "evidenceRef", "新委组发〔2020〕"));

        String q = "?orgUnitId=" + t.county().id() + "&year=2020";
        JsonPath overview = asAdmin().get(OVERVIEW + q).then().statusCode(200)
                .body("orgUnitId", equalTo(t.county().id().toString()))
                .body("year", equalTo(2020))
                .body("collectiveIncomes.figures.villagesReporting", equalTo(2))
                .body("collectiveIncomes.figures.hollowCleared", equalTo(1))
                .body("collectiveIncomes.figures.thresholds[0].newlyAbove", equalTo(2))
                .body("collectiveIncomes.figures.thresholds[1].risenMoreThan", equalTo(1))
                .body("demonstrationVillageIncomes.figures.villages", equalTo(1))
                .body("demonstrationVillageIncomes.figures.thresholds[0].risenMoreThan", equalTo(1))
                .body("demonstrationRatings.demonstration", equalTo(1))
                .extract().jsonPath();

        assertEquals(get("/api/v1/collective-income-stats" + q + "&threshold=50000&threshold=1000000").getMap(""),
                overview.getMap("collectiveIncomes"));
        assertEquals(get("/api/v1/collective-income-stats" + q + "&demonstrationRating=DEMONSTRATION&threshold=200000")
                .getMap(""), overview.getMap("demonstrationVillageIncomes"));
        assertEquals(get("/api/v1/demonstration-ratings/counts" + q).getMap(""), overview.getMap("demonstrationRatings"));
        assertEquals(get("/api/v1/rectifications/counts" + q).getMap(""), overview.getMap("rectifications"));
        assertEquals(get("/api/v1/cooperatives/totals" + q).getMap(""), overview.getMap("cooperatives"));
        assertEquals(get("/api/v1/party-member-posts/counts" + q).getMap(""), overview.getMap("partyMemberPosts"));
    }

    @Test
    void badInputIsA400AndOtherRolesAndScopesAreRefused() {
        Fixtures.Tree t = Fixtures.tree();
        String q = "?orgUnitId=" + t.county().id();
        asAdmin().get(OVERVIEW + "?year=2020").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().get(OVERVIEW + q).then().statusCode(400).body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + "?orgUnitId=not-a-uuid&year=2020").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().get(OVERVIEW + q + "&year=abc").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + q + "&year=1948").then().statusCode(400).body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + q + "&year=2020&threshold=1").then().statusCode(400)
                .contentType("application/problem+json");
        as("viewer-elsewhere", Roles.VIEWER, "999999").get(OVERVIEW + q + "&year=2020").then().statusCode(400)
                .body("violations[0].field", equalTo("orgUnitId"));
        as("liaison", Roles.DEPARTMENT_LIAISON, t.county().path()).get(OVERVIEW + q + "&year=2020").then().statusCode(403);
    }

    private static JsonPath get(String url) {
        return asAdmin().get(url).then().statusCode(200).extract().jsonPath();
    }
}
