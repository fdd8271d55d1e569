package cn.shenyang.grassroots.rural.rating;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.shenyang.grassroots.rural.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Villages rated basic, upgraded or demonstration, townships as whole-township demonstrations, by year. */
@QuarkusTest
class DemonstrationRatingResourceTest {
    private static final String RATINGS = "/api/v1/demonstration-ratings";

    static Map<String, Object> rating(UUID unit, int year, String rating) {
        return Map.of("orgUnitId", unit.toString(), "year", year, "rating", rating, "ratedOn", year + "-12-20",
                "evidenceRef", "新委组发〔" + year + "〕");
    }

    @Test
    void villagesAndTownshipsAreRatedPerYearAndCountedPerSubtree() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit second = Fixtures.unit(t.township(), "VILLAGE");
        Fixtures.Unit third = Fixtures.unit(t.township(), "VILLAGE");
        Fixtures.Unit otherTown = Fixtures.unit(t.county(), "TOWNSHIP");
        Fixtures.post(RATINGS, rating(t.village().id(), 2020, "DEMONSTRATION"));
        Fixtures.post(RATINGS, rating(second.id(), 2020, "DEMONSTRATION"));
        Fixtures.post(RATINGS, rating(third.id(), 2020, "UPGRADED"));
        Fixtures.post(RATINGS, rating(third.id(), 2019, "BASIC"));
        Fixtures.post(RATINGS, rating(t.township().id(), 2020, "WHOLE_TOWNSHIP_DEMONSTRATION"));
        asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("year", 2020).get(RATINGS + "/counts").then()
                .statusCode(200).body("villages", equalTo(3)).body("ratedVillages", equalTo(3))
                .body("demonstration", equalTo(2)).body("upgraded", equalTo(1)).body("basic", equalTo(0))
                .body("townships", equalTo(2)).body("wholeTownshipDemonstrations", equalTo(1));
        asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("year", 2019).get(RATINGS + "/counts").then()
                .body("ratedVillages", equalTo(1)).body("basic", equalTo(1)).body("wholeTownshipDemonstrations", equalTo(0));
        asAdmin().queryParam("unitId", third.id()).get(RATINGS).then()
                .body("items.year", contains(2020, 2019)).body("items.rating", contains("UPGRADED", "BASIC"));
        asAdmin().queryParam("orgUnitId", otherTown.id()).queryParam("year", 2020).get(RATINGS + "/counts").then()
                .body("villages", equalTo(0)).body("townships", equalTo(1)).body("wholeTownshipDemonstrations", equalTo(0));
    }

    @Test
    void aRatingFitsItsUnitIsOnePerYearAndIsGivenFromAbove() {
        Fixtures.Tree t = Fixtures.tree();
        asAdmin().contentType(ContentType.JSON).body(rating(t.village().id(), 2020, "WHOLE_TOWNSHIP_DEMONSTRATION"))
                .post(RATINGS).then().statusCode(400).body("violations[0].field", equalTo("rating"));
        asAdmin().contentType(ContentType.JSON).body(rating(t.township().id(), 2020, "DEMONSTRATION")).post(RATINGS).then()
                .statusCode(400).body("violations[0].field", equalTo("rating"));
        t.manager(t.village()).contentType(ContentType.JSON).body(rating(t.village().id(), 2020, "DEMONSTRATION"))
                .post(RATINGS).then().statusCode(403).body("detail", containsString("one level above"));
        String id = t.manager(t.township()).contentType(ContentType.JSON).body(rating(t.village().id(), 2020, "UPGRADED"))
                .post(RATINGS).then().statusCode(201).extract().path("id");
        t.manager(t.township()).contentType(ContentType.JSON).body(rating(t.township().id(), 2020,
                "WHOLE_TOWNSHIP_DEMONSTRATION")).post(RATINGS).then().statusCode(403);
        asAdmin().contentType(ContentType.JSON).body(rating(t.village().id(), 2020, "BASIC")).post(RATINGS).then()
                .statusCode(409).body("detail", containsString(id));
        Map<String, Object> future = new java.util.HashMap<>(rating(t.village().id(), 2019, "BASIC"));
        future.put("ratedOn", "2018-12-31");
        asAdmin().contentType(ContentType.JSON).body(future).post(RATINGS).then().statusCode(400)
                .body("violations[0].field", equalTo("ratedOn"));
    }

    @Test
    void aChangeKeepsTheRatingAsItWasWithTheReason() {
        Fixtures.Tree t = Fixtures.tree();
        String id = Fixtures.post(RATINGS, rating(t.village().id(), 2020, "UPGRADED"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("rating", "DEMONSTRATION"))
                .put(RATINGS + "/" + id).then().statusCode(400).body("violations[0].field", equalTo("reason"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("rating", "DEMONSTRATION", "reason", "复核后提级", "ratedOn", "2021-03-01"))
                .put(RATINGS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("rating", equalTo("DEMONSTRATION")).body("ratedOn", equalTo("2021-03-01"));
        asAdmin().get(RATINGS + "/" + id + "/changes").then().statusCode(200)
                .body("items.fromRating", contains(nullValue(), equalTo("UPGRADED")))
                .body("items.toRating", contains("UPGRADED", "DEMONSTRATION"))
                .body("items.reason", contains(nullValue(), equalTo("复核后提级")))
                .body("items.ratedOn", contains("2020-12-20", "2021-03-01"));
        Fixtures.Tree theirs = Fixtures.tree();
        theirs.manager(theirs.county()).get(RATINGS + "/" + id).then().statusCode(404);
        theirs.manager(theirs.county()).get(RATINGS + "/" + id + "/changes").then().statusCode(404);
        theirs.manager(theirs.county()).queryParam("year", 2020).get(RATINGS).then().body("totalItems", equalTo(0));
    }
}
