package cn.shenyang.grassroots.rural.cooperative;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cooperatives and family farms led by village cadres, their yearly results and the totals of a subtree. */
@QuarkusTest
class CooperativeResourceTest {
    private static final String COOPERATIVES = "/api/v1/cooperatives";

    static String idNumber(int seq) {
        String first17 = "210181198003" + String.format("%02d", 1 + seq % 28) + String.format("%03d", seq);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    static Map<String, Object> cooperative(UUID village, String kind, String role, String idNumber, String foundedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", village.toString());
        body.put("kind", kind);
        body.put("name", Fixtures.unique("西高力草莓专业合作社"));
        body.put("industry", "草莓");
        body.put("leaderName", "汤冠东");
        body.put("leaderRole", role);
        body.put("leaderIdNumber", idNumber);
        body.put("foundedOn", foundedOn);
        return body;
    }

    static String result(String cooperative, int year, int households, String increase) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("year", year, "linkedHouseholds", households,
                "incomeIncrease", increase)).post(COOPERATIVES + "/" + cooperative + "/results").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void totalsCountCadreLedCooperativesTheirDistinctCadresHouseholdsAndIncreaseOfTheYear() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit other = Fixtures.unit(t.township(), "VILLAGE");
        String secretary = idNumber(7);
        String a = Fixtures.post(COOPERATIVES, cooperative(t.village().id(), "FARMER_COOPERATIVE", "PARTY_SECRETARY", secretary,
                "2018-03-01"));
        // the same secretary also leads a family farm: one cadre, two cadre-led units
        String b = Fixtures.post(COOPERATIVES, cooperative(t.village().id(), "FAMILY_FARM", "PARTY_SECRETARY", secretary,
                "2019-05-01"));
        String c = Fixtures.post(COOPERATIVES, cooperative(other.id(), "FARMER_COOPERATIVE", "VILLAGE_COMMITTEE_MEMBER", null,
                "2020-02-01"));
        String d = Fixtures.post(COOPERATIVES, cooperative(other.id(), "FAMILY_FARM", "NOT_A_CADRE", null, "2017-01-01"));
        Fixtures.post(COOPERATIVES, cooperative(other.id(), "FAMILY_FARM", "COMMITTEE_DIRECTOR", null, "2021-01-01"));
        result(a, 2020, 300, "1200000.50");
        result(b, 2020, 25, "80000");
        result(c, 2020, 100, "400000");
        result(d, 2020, 10, "9999.99");
        result(a, 2019, 280, "1000000");
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("year", 2020).get(COOPERATIVES + "/totals").then()
                .statusCode(200)
                .body("farmerCooperatives", equalTo(2)).body("familyFarms", equalTo(2))
                .body("cadreLed", equalTo(3)).body("leadingCadres", equalTo(2))
                .body("linkedHouseholds", equalTo(435)).body("incomeIncrease", equalTo(1690000.49f))
                .body("cadreLedLinkedHouseholds", equalTo(425)).body("cadreLedIncomeIncrease", equalTo(1680000.50f))
                .body("withResults", equalTo(4));
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("year", 2019).get(COOPERATIVES + "/totals").then()
                .body("farmerCooperatives", equalTo(1)).body("familyFarms", equalTo(2)).body("cadreLed", equalTo(2))
                .body("leadingCadres", equalTo(1)).body("linkedHouseholds", equalTo(280));
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("cadreLed", true).queryParam("activeInYear", 2020)
                .get(COOPERATIVES).then().body("totalItems", equalTo(3));
    }

    @Test
    void resultsAreOnePerYearTheCooperativeExistedIn() {
        Fixtures.Tree t = Fixtures.tree();
        String a = Fixtures.post(COOPERATIVES, cooperative(t.village().id(), "FARMER_COOPERATIVE", "PARTY_SECRETARY", null,
                "2019-03-01"));
        String r = result(a, 2020, 10, "100");
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2020, "linkedHouseholds", 1, "incomeIncrease", 1))
                .post(COOPERATIVES + "/" + a + "/results").then().statusCode(409).body("detail", containsString(r));
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2018, "linkedHouseholds", 1, "incomeIncrease", 1))
                .post(COOPERATIVES + "/" + a + "/results").then().statusCode(400).body("violations[0].field", equalTo("year"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("year", 2021, "linkedHouseholds", 1, "incomeIncrease", "-1"))
                .post(COOPERATIVES + "/" + a + "/results").then().statusCode(400)
                .body("violations[0].field", equalTo("incomeIncrease"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("linkedHouseholds", 12, "incomeIncrease", "150.5")).put(COOPERATIVES + "/" + a + "/results/" + r)
                .then().statusCode(200).header("ETag", "\"1\"").body("incomeIncrease", equalTo(150.50f));
        asAdmin().get(COOPERATIVES + "/" + a + "/results").then().body("items.linkedHouseholds", equalTo(java.util.List.of(12)));
        // dissolving before a year with results is refused until the results are corrected
        Map<String, Object> update = cooperative(t.village().id(), "FARMER_COOPERATIVE", "PARTY_SECRETARY", null, "2019-03-01");
        update.remove("villageId");
        update.put("dissolvedOn", "2019-12-31");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(COOPERATIVES + "/" + a).then()
                .statusCode(409).body("detail", containsString("results"));
    }

    @Test
    void theLeadersIdNumberIsCheckedAndMaskedForReaders() {
        Fixtures.Tree t = Fixtures.tree();
        String number = idNumber(11);
        asAdmin().contentType(ContentType.JSON).body(cooperative(t.village().id(), "FAMILY_FARM", "PARTY_SECRETARY",
                number.substring(0, 17) + (number.endsWith("0") ? "1" : "0"), "2019-01-01")).post(COOPERATIVES).then()
                .statusCode(400).body("violations[0].field", equalTo("leaderIdNumber"));
        String id = Fixtures.post(COOPERATIVES, cooperative(t.village().id(), "FAMILY_FARM", "PARTY_SECRETARY", number,
                "2019-01-01"));
        asAdmin().get(COOPERATIVES + "/" + id).then().body("leaderIdNumber", equalTo(number)).body("cadreLed", equalTo(true));
        as("viewer", Roles.VIEWER, t.county().path()).get(COOPERATIVES + "/" + id).then().statusCode(200)
                .body("leaderIdNumber", equalTo(number.substring(0, 6) + "********" + number.substring(14)));
        Fixtures.Tree theirs = Fixtures.tree();
        theirs.manager(theirs.county()).get(COOPERATIVES + "/" + id).then().statusCode(404);
        theirs.manager(theirs.county()).get(COOPERATIVES + "/" + id + "/results").then().statusCode(404);
    }
}
