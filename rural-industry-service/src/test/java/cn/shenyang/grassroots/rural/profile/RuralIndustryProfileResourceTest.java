package cn.shenyang.grassroots.rural.profile;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The profile's sections are the first pages their own list operations answer, for each caller. */
@QuarkusTest
class RuralIndustryProfileResourceTest {
    private static final String PROFILE = "/api/v1/rural-industry-profiles/";

    @Test
    void eachSectionIsItsOwnListsFirstPage() {
        Fixtures.Tree t = Fixtures.tree();
        UUID village = t.village().id();
        Fixtures.createIncome(village, 2019, Fixtures.amounts("900.00", "0", "0"));
        Fixtures.createIncome(village, 2020, Fixtures.amounts("1000.00", "0", "0"));
        Fixtures.post("/api/v1/village-industries", Map.of("villageId", village.toString(), "name", "草莓",
                "category", "FACILITY_AGRICULTURE", "greenhouseAreaHectares", "333.33", "householdsInvolved", 120,
                "startedOn", "2015-03-01"));
        Fixtures.post("/api/v1/cooperatives", Map.of("villageId", village.toString(), "kind", "FARMER_COOPERATIVE",
                "name", Fixtures.unique("草莓专业合作社"), "leaderName", "汤冠东", "leaderRole", "PARTY_SECRETARY",
                "foundedOn", "2018-03-01"));
        Fixtures.post("/api/v1/rectifications", Map.of("villageId", village.toString(), "identifiedOn", "2020-03-01",
                "planSummary", "一个基层党组织一个方案", "problems", List.of(Map.of("category", "WEAK_LEADERSHIP",
                        "description", "书记带富能力弱", "countermeasure", "选优配强村党支部书记", "owner", "镇党委副书记"))));

        String unit = t.township().id().toString();
        JsonPath profile = asAdmin().get(PROFILE + unit).then().statusCode(200)
                .body("collectiveIncomes.totalItems", equalTo(2))
                .body("villageIndustries.totalItems", equalTo(1))
                .body("cooperatives.totalItems", equalTo(1))
                .body("rectifications.totalItems", equalTo(1))
                .extract().jsonPath();
        sameAsLists(() -> asAdmin(), unit, profile);
        // a viewer without personal data access gets the cooperatives as its own list masks them
        Supplier<RequestSpecification> viewer = () -> as("viewer", Roles.VIEWER, t.township().path());
        sameAsLists(viewer, unit, viewer.get().get(PROFILE + unit).then().statusCode(200).extract().jsonPath());

        as("liaison", Roles.DEPARTMENT_LIAISON, t.city().path()).get(PROFILE + unit).then().statusCode(403)
                .contentType("application/problem+json");
        asAdmin().get(PROFILE + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        asAdmin().get(PROFILE + "not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        asAdmin().get(PROFILE + unit + "?size=5").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
        t.manager(Fixtures.tree().township()).get(PROFILE + unit).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void sameAsLists(Supplier<RequestSpecification> who, String unit, JsonPath profile) {
        for (String[] section : new String[][] {{"collectiveIncomes", "/api/v1/collective-incomes"},
                {"villageIndustries", "/api/v1/village-industries"}, {"cooperatives", "/api/v1/cooperatives"},
                {"rectifications", "/api/v1/rectifications"}}) {
            assertEquals(who.get().get(section[1] + "?size=20&orgUnitId=" + unit).then().statusCode(200).extract()
                    .jsonPath().getMap(""), profile.getMap(section[0]), section[0]);
        }
    }
}
