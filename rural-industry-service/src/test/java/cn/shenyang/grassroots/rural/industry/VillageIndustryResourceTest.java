package cn.shenyang.grassroots.rural.industry;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.shenyang.grassroots.rural.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "One village, one product": at most one leading industry a day, and the share of villages that have one. */
@QuarkusTest
class VillageIndustryResourceTest {
    private static final String INDUSTRIES = "/api/v1/village-industries";

    static Map<String, Object> industry(UUID village, String name, String startedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", village.toString());
        body.put("name", name);
        body.put("category", "FACILITY_AGRICULTURE");
        body.put("greenhouseAreaHectares", "333.33");
        body.put("householdsInvolved", 120);
        body.put("startedOn", startedOn);
        return body;
    }

    @Test
    void aVillageHasOneLeadingIndustryOnAnyDay() {
        Fixtures.Tree t = Fixtures.tree();
        String strawberries = Fixtures.post(INDUSTRIES, industry(t.village().id(), "草莓", "2015-03-01"));
        asAdmin().get(INDUSTRIES + "/" + strawberries).then().statusCode(200).header("ETag", "\"0\"")
                .body("leading", equalTo(true)).body("greenhouseAreaHectares", equalTo(333.33f))
                .body("endedOn", nullValue());
        asAdmin().contentType(ContentType.JSON).body(industry(t.village().id(), "葡萄", "2019-01-01")).post(INDUSTRIES)
                .then().statusCode(409).body("detail", containsString(strawberries));
        Map<String, Object> grapes = industry(t.village().id(), "葡萄", "2019-01-01");
        grapes.put("leading", false);
        Fixtures.post(INDUSTRIES, grapes);
        // the strawberries end; from the next day the grapes may lead
        Map<String, Object> ended = industry(t.village().id(), "草莓", "2015-03-01");
        ended.remove("villageId");
        ended.put("leading", true);
        ended.put("endedOn", "2020-12-31");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ended).put(INDUSTRIES + "/" + strawberries)
                .then().statusCode(200).header("ETag", "\"1\"").body("endedOn", equalTo("2020-12-31"));
        asAdmin().contentType(ContentType.JSON).body(industry(t.village().id(), "葡萄采摘", "2020-12-31")).post(INDUSTRIES)
                .then().statusCode(409);
        Fixtures.post(INDUSTRIES, industry(t.village().id(), "葡萄采摘", "2021-01-01"));
        ended.put("endedOn", "2015-02-28");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(ended).put(INDUSTRIES + "/" + strawberries)
                .then().statusCode(400).body("violations[0].field", equalTo("endedOn"));
        ended.put("endedOn", null);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ended).put(INDUSTRIES + "/" + strawberries)
                .then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(ended).put(INDUSTRIES + "/" + strawberries)
                .then().statusCode(409);
    }

    @Test
    void coverageIsTheShareOfActiveVillagesWithALeadingIndustryThatDay() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit second = Fixtures.unit(t.township(), "VILLAGE");
        Fixtures.Unit third = Fixtures.unit(t.township(), "VILLAGE");
        Fixtures.Unit dissolved = Fixtures.unit(t.township(), "VILLAGE");
        Fixtures.post(INDUSTRIES, industry(t.village().id(), "草莓", "2018-01-01"));
        Map<String, Object> cattle = industry(second.id(), "肉牛", "2020-06-01");
        cattle.put("category", "LIVESTOCK");
        cattle.put("greenhouseAreaHectares", 0);
        cattle.put("householdsInvolved", 40);
        Fixtures.post(INDUSTRIES, cattle);
        Map<String, Object> side = industry(third.id(), "小杂粮", "2018-01-01");
        side.put("leading", false);
        side.put("category", "PLANTING");
        Fixtures.post(INDUSTRIES, side);
        Fixtures.post(INDUSTRIES, industry(dissolved.id(), "木耳", "2018-01-01"));
        Fixtures.dissolve(dissolved, t.township().id());
        // 2020-01-01: the strawberries lead in one of three active villages; the side crop and the dissolved village's do not count
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("asOf", "2020-01-01").get(INDUSTRIES + "/coverage")
                .then().statusCode(200)
                .body("villages", equalTo(3)).body("villagesWithLeadingIndustry", equalTo(1))
                .body("coverage", equalTo(0.3333f)).body("industries", equalTo(3))
                .body("greenhouseAreaHectares", equalTo(999.99f)).body("householdsInvolved", equalTo(360))
                .body("byCategory.find { it.category == 'FACILITY_AGRICULTURE' }.villagesLed", equalTo(1))
                .body("byCategory.find { it.category == 'PLANTING' }.villagesLed", equalTo(0));
        asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("asOf", "2021-01-01").get(INDUSTRIES + "/coverage")
                .then().body("villagesWithLeadingIndustry", equalTo(2)).body("coverage", equalTo(0.6667f))
                .body("byCategory.find { it.category == 'LIVESTOCK' }.householdsInvolved", equalTo(40));
        asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("asOf", "2099-01-01").get(INDUSTRIES + "/coverage")
                .then().statusCode(400).body("violations[0].field", equalTo("asOf"));
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("leading", true)
                .queryParam("activeOn", "2021-01-01").get(INDUSTRIES).then().body("totalItems", equalTo(3));
    }

    @Test
    void anotherSubtreesIndustriesAreInvisible() {
        Fixtures.Tree mine = Fixtures.tree();
        Fixtures.Tree theirs = Fixtures.tree();
        String their = Fixtures.post(INDUSTRIES, industry(theirs.village().id(), "草莓", "2018-01-01"));
        mine.manager(mine.county()).get(INDUSTRIES + "/" + their).then().statusCode(404);
        mine.manager(mine.county()).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("name", "x", "category", "OTHER", "leading", false, "greenhouseAreaHectares", 0,
                        "householdsInvolved", 0, "startedOn", "2018-01-01")).put(INDUSTRIES + "/" + their).then()
                .statusCode(404);
        mine.manager(mine.county()).get(INDUSTRIES).then().body("totalItems", equalTo(0));
        mine.manager(mine.county()).queryParam("orgUnitId", theirs.county().id()).get(INDUSTRIES + "/coverage").then()
                .statusCode(400);
        mine.manager(mine.county()).contentType(ContentType.JSON).body(industry(theirs.village().id(), "x", "2018-01-01"))
                .post(INDUSTRIES).then().statusCode(400).body("violations[0].field", equalTo("villageId"));
    }
}
