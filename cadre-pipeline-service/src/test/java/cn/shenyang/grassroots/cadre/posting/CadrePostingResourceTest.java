package cn.shenyang.grassroots.cadre.posting;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CadrePostingResourceTest {
    private static final String POSTINGS = "/api/v1/cadre-postings/";

    static Map<String, Object> posting(Fixtures.Unit unit, String source, String rank, String startsOn, String endsOn) {
        Map<String, Object> body = new HashMap<>(Map.of("personName", Fixtures.unique("下沉干部"), "source", source,
                "rank", rank, "fromUnit", "区发改局", "orgUnitId", unit.id().toString(),
                "managingCommittee", unit.name() + "党工委", "startsOn", startsOn));
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        return body;
    }

    static String create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(POSTINGS).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void postingsAreCountedBySourceRankAndUnitOnADay() {
        Fixtures.Unit district = Fixtures.unit(Fixtures.root(), "DISTRICT");
        Fixtures.Unit a = Fixtures.unit(district, "SUBDISTRICT");
        Fixtures.Unit b = Fixtures.unit(district, "SUBDISTRICT");
        create(posting(a, "PUBLIC_RECRUITMENT", "STAFF", "2020-03-01", null));
        create(posting(a, "PUBLIC_RECRUITMENT", "STAFF", "2020-03-01", "2020-12-31"));
        create(posting(a, "NEWLY_PROMOTED", "DEPUTY_SECTION_CHIEF", "2020-05-01", null));
        create(posting(b, "INSTITUTION_SECONDMENT", "STAFF", "2020-02-01", "2020-06-30"));
        create(posting(b, "INSTITUTION_SECONDMENT", "SECTION_CHIEF", "2021-01-01", null));

        asAdmin().queryParam("orgUnitId", district.id()).queryParam("activeOn", "2020-06-01").get(POSTINGS + "counts")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("bySource.PUBLIC_RECRUITMENT", equalTo(2))
                .body("bySource.NEWLY_PROMOTED", equalTo(1))
                .body("bySource.INSTITUTION_SECONDMENT", equalTo(1))
                .body("byRank.STAFF", equalTo(3))
                .body("byUnit.find { it.orgUnitId == '" + a.id() + "' }.postings", equalTo(3))
                .body("byUnit.find { it.orgUnitId == '" + b.id() + "' }.postings", equalTo(1));
        asAdmin().queryParam("orgUnitId", b.id()).queryParam("activeOn", "2021-06-01").get(POSTINGS + "counts")
                .then().body("total", equalTo(1)).body("bySource.INSTITUTION_SECONDMENT", equalTo(1));
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("source", "PUBLIC_RECRUITMENT")
                .queryParam("activeOn", "2021-01-01").get(POSTINGS).then().body("totalItems", equalTo(1));
        asAdmin().get(POSTINGS + "counts").then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        // postings go to sub-districts or townships
        asAdmin().contentType(ContentType.JSON).body(posting(district, "TEMPORARY_POST", "STAFF", "2020-01-01", null))
                .post(POSTINGS).then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().contentType(ContentType.JSON).body(posting(a, "TEMPORARY_POST", "STAFF", "2020-01-01", "2019-01-01"))
                .post(POSTINGS).then().statusCode(400).body("violations[0].field", equalTo("endsOn"));
    }

    @Test
    void theBonusUpliftIsComputedInsideTheBand() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit street = Fixtures.unit(t.district(), "SUBDISTRICT");
        String id = create(posting(street, "NEWLY_PROMOTED", "SECTION_CHIEF", "2020-01-01", null));
        asAdmin().queryParam("referenceBonus", "36000").get(POSTINGS + id + "/bonus-uplift").then().statusCode(200)
                .body("upliftPercent", equalTo(10))
                .body("uplift", equalTo(3600.00f))
                .body("streetLevelBonus", equalTo(39600.00f))
                .body("bandMinPercent", equalTo(10))
                .body("bandMaxPercent", equalTo(14));
        asAdmin().queryParam("referenceBonus", "36000.50").queryParam("upliftPercent", "13.5")
                .get(POSTINGS + id + "/bonus-uplift").then().statusCode(200)
                .body("uplift", equalTo(4860.07f));
        asAdmin().queryParam("referenceBonus", "36000").queryParam("upliftPercent", "15")
                .get(POSTINGS + id + "/bonus-uplift").then().statusCode(400)
                .body("violations[0].field", equalTo("upliftPercent"))
                .body("violations[0].message", equalTo("must be within the configured band 10–14%"));
        asAdmin().queryParam("referenceBonus", "lots").get(POSTINGS + id + "/bonus-uplift").then().statusCode(400)
                .body("violations[0].field", equalTo("referenceBonus"));
        asAdmin().get(POSTINGS + id + "/bonus-uplift").then().statusCode(400)
                .body("violations[0].field", equalTo("referenceBonus"));
        as("other", Roles.VIEWER, Fixtures.tree().district().path()).queryParam("referenceBonus", "1")
                .get(POSTINGS + id + "/bonus-uplift").then().statusCode(404);
    }

    @Test
    void personalDataIsMaskedForViewersAndUpdatesNeedIfMatch() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit street = Fixtures.unit(t.district(), "SUBDISTRICT");
        Map<String, Object> body = posting(street, "TEMPORARY_POST", "STAFF", "2020-01-01", null);
        String idNumber = Fixtures.idNumber(LocalDate.of(1988, 8, 8));
        body.put("idNumber", idNumber);
        body.put("phone", "13900001234");
        String id = create(body);
        as("viewer", Roles.VIEWER, t.district().path()).get(POSTINGS + id).then()
                .body("idNumber", equalTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .body("phone", equalTo("139****1234"));
        as("manager", Roles.ORG_MANAGER, t.district().path()).get(POSTINGS + id).then()
                .body("idNumber", equalTo(idNumber)).body("phone", equalTo("13900001234"));
        as("manager", Roles.ORG_MANAGER, Fixtures.tree().district().path()).get(POSTINGS + id).then().statusCode(404);

        body.remove("orgUnitId");
        body.put("endsOn", "2020-12-31");
        asAdmin().contentType(ContentType.JSON).body(body).put(POSTINGS + id).then().statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(POSTINGS + id).then()
                .statusCode(200).body("endsOn", equalTo("2020-12-31"));
        asAdmin().queryParam("orgUnitId", street.id()).queryParam("activeOn", "2021-01-01").get(POSTINGS).then()
                .body("totalItems", equalTo(0));
    }
}
