package cn.shenyang.grassroots.volunteer.profile;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The profile's sections are the first pages their own list operations answer, for each caller. */
@QuarkusTest
class ThreePlatformsProfileResourceTest {
    private static final String PROFILE = "/api/v1/three-platforms-profiles/";

    @Test
    void eachSectionIsItsOwnListsFirstPage() {
        Fixtures.Tree t = Fixtures.tree();
        for (int i = 0; i < 2; i++) {
            Fixtures.post("/api/v1/volunteer-teams", map("name", Fixtures.unique("队"), "kind", "PARTY_MEMBER_TEAM",
                    "level", "COMMUNITY", "orgUnitId", t.community().id().toString(), "foundedOn", "2020-05-04"));
        }
        Fixtures.post("/api/v1/residential-compounds", map("name", Fixtures.unique("小区"), "communityId",
                t.community().id().toString(), "address", "枫杨路8号", "households", 420, "grade", "SELF_SERVICE",
                "gradedOn", "2020-06-01"));
        Fixtures.post("/api/v1/volunteer-teams", map("name", Fixtures.unique("队"), "kind", "PARTY_MEMBER_TEAM",
                "level", "COMMUNITY", "orgUnitId", t.neighbour().id().toString(), "foundedOn", "2020-05-04"));

        String unit = t.community().id().toString();
        JsonPath profile = asAdmin().get(PROFILE + unit).then().statusCode(200)
                .body("volunteerTeams.totalItems", equalTo(2))
                .body("residentialCompounds.totalItems", equalTo(1))
                .extract().jsonPath();
        sameAsLists(() -> asAdmin(), unit, profile);
        // a viewer scoped to the community sees what its own lists show it
        Supplier<RequestSpecification> viewer = () -> as("viewer", Roles.VIEWER, t.community().path());
        sameAsLists(viewer, unit, viewer.get().get(PROFILE + unit).then().statusCode(200).extract().jsonPath());

        as("liaison", Roles.DEPARTMENT_LIAISON, t.city().path()).get(PROFILE + unit).then().statusCode(403)
                .contentType("application/problem+json");
        asAdmin().get(PROFILE + java.util.UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        asAdmin().get(PROFILE + "not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        asAdmin().get(PROFILE + unit + "?size=5").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
        as("elsewhere", Roles.VIEWER, Fixtures.tree().community().path()).get(PROFILE + unit).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void sameAsLists(Supplier<RequestSpecification> who, String unit, JsonPath profile) {
        for (String[] section : new String[][] {{"volunteerTeams", "/api/v1/volunteer-teams"},
                {"residentialCompounds", "/api/v1/residential-compounds"}, {"opinions", "/api/v1/opinions"}}) {
            assertEquals(who.get().get(section[1] + "?size=20&orgUnitId=" + unit).then()
                    .statusCode(200).extract().jsonPath().getMap(""), profile.getMap(section[0]), section[0]);
        }
    }
}
