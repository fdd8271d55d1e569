package cn.shenyang.grassroots.volunteer.team;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {
    private static final String PATH = "/api/v1/volunteer-teams";

    private static Map<String, Object> team(Fixtures.Tree t, String kind, String level) {
        return map("name", Fixtures.unique("服务队"), "kind", kind, "level", level, "orgUnitId", t.community().id().toString(),
                "foundedOn", "2019-05-04", "description", "社区党员志愿服务队");
    }

    @Test
    void anUpgradeIsDatedAndKeptInTheLevelHistory() {
        Fixtures.Tree t = Fixtures.tree();
        String id = asAdmin().contentType(ContentType.JSON).body(team(t, "PARTY_MEMBER_TEAM", "COMMUNITY")).post(PATH).then()
                .statusCode(201).body("level", equalTo("COMMUNITY")).body("levelSince", equalTo("2019-05-04"))
                .body("currentMembers", equalTo(0)).extract().path("id");
        Map<String, Object> upgrade = map("level", "SUBDISTRICT", "occurredOn", "2020-07-01", "reason", "全面升级");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(upgrade).post(PATH + "/" + id + "/level-changes")
                .then().statusCode(200).header("ETag", "\"1\"").body("level", equalTo("SUBDISTRICT"))
                .body("levelSince", equalTo("2020-07-01"));
        upgrade.put("level", "DISTRICT");
        upgrade.put("occurredOn", "2020-06-30");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(upgrade).post(PATH + "/" + id + "/level-changes")
                .then().statusCode(400).body("violations[0].field", equalTo("occurredOn"))
                .body("violations[0].message", containsString("current level began (2020-07-01)"));
        upgrade.put("occurredOn", LocalDate.now(Fixtures.SHANGHAI).plusDays(1).toString());
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(upgrade).post(PATH + "/" + id + "/level-changes")
                .then().statusCode(400).body("violations[0].message", containsString("future"));
        upgrade.put("level", "SUBDISTRICT");
        upgrade.put("occurredOn", "2021-01-01");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(upgrade).post(PATH + "/" + id + "/level-changes")
                .then().statusCode(409).body("detail", containsString("already at level SUBDISTRICT"));
        upgrade.put("level", "DISTRICT");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(upgrade).post(PATH + "/" + id + "/level-changes")
                .then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(upgrade).post(PATH + "/" + id + "/level-changes")
                .then().statusCode(200);
        asAdmin().get(PATH + "/" + id + "/level-changes").then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.fromLevel", equalTo(Arrays.asList(null, "COMMUNITY", "SUBDISTRICT")))
                .body("items.toLevel", equalTo(List.of("COMMUNITY", "SUBDISTRICT", "DISTRICT")))
                .body("items.occurredOn", equalTo(List.of("2019-05-04", "2020-07-01", "2021-01-01")))
                .body("items[1].reason", equalTo("全面升级")).body("items[1].recordedBy", equalTo("admin"));
    }

    @Test
    void aDistrictSpecialtySquadIsDistrictLevel() {
        Fixtures.Tree t = Fixtures.tree();
        asAdmin().contentType(ContentType.JSON).body(team(t, "SPECIALTY_SQUAD", "SUBDISTRICT")).post(PATH).then()
                .statusCode(400).body("violations[0].field", equalTo("level"));
        String squad = Fixtures.post(PATH, team(t, "SPECIALTY_SQUAD", "DISTRICT"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(map("level", "COMMUNITY", "reason", "降级"))
                .post(PATH + "/" + squad + "/level-changes").then().statusCode(409);
        String community = Fixtures.post(PATH, team(t, "PARTY_MEMBER_TEAM", "COMMUNITY"));
        Map<String, Object> update = team(t, "SPECIALTY_SQUAD", "COMMUNITY");
        update.remove("level");
        update.remove("foundedOn");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(PATH + "/" + community).then()
                .statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void membershipsHaveJoinAndLeaveDatesAndNeverOverlap() {
        Fixtures.Tree t = Fixtures.tree();
        String team = Fixtures.post(PATH, team(t, "PARTY_MEMBER_TEAM", "COMMUNITY"));
        String v = Fixtures.createVolunteer(t.community().id());
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "joinedOn", "2019-05-03"))
                .post(PATH + "/" + team + "/memberships").then().statusCode(400)
                .body("violations[0].message", containsString("the team's founding (2019-05-04)"));
        String m = asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "joinedOn", "2019-06-01"))
                .post(PATH + "/" + team + "/memberships").then().statusCode(201).header("ETag", "\"0\"")
                .body("joinedOn", equalTo("2019-06-01")).body("leftOn", equalTo(null)).extract().path("id");
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v)).post(PATH + "/" + team + "/memberships").then()
                .statusCode(409).body("detail", containsString("already a member"));
        asAdmin().get(PATH + "/" + team).then().body("currentMembers", equalTo(1));
        asAdmin().contentType(ContentType.JSON).body(map("leftOn", "2021-03-01", "reason", "搬家"))
                .post(PATH + "/" + team + "/memberships/" + m + "/leave").then().statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(map("leftOn", "2019-05-31"))
                .post(PATH + "/" + team + "/memberships/" + m + "/leave").then().statusCode(400)
                .body("violations[0].field", equalTo("leftOn"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(map("leftOn", "2021-03-01", "reason", "搬家"))
                .post(PATH + "/" + team + "/memberships/" + m + "/leave").then().statusCode(200)
                .body("leftOn", equalTo("2021-03-01")).body("leaveReason", equalTo("搬家"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(map())
                .post(PATH + "/" + team + "/memberships/" + m + "/leave").then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "joinedOn", "2021-02-01"))
                .post(PATH + "/" + team + "/memberships").then().statusCode(400)
                .body("violations[0].message", containsString("end of the previous membership (2021-03-01)"));
        Fixtures.post(PATH + "/" + team + "/memberships", map("volunteerId", v, "joinedOn", "2022-01-01"));
        asAdmin().queryParam("activeOn", "2021-06-01").get(PATH + "/" + team + "/memberships").then().body("totalItems", equalTo(0));
        asAdmin().queryParam("activeOn", "2020-06-01").get(PATH + "/" + team + "/memberships").then().body("totalItems", equalTo(1));
        asAdmin().get(PATH + "/" + team + "/memberships").then().body("totalItems", equalTo(2));
        // an inactive volunteer takes on nothing new
        Map<String, Object> body = Fixtures.volunteerBody(t.community().id());
        body.put("status", "INACTIVE");
        String inactive = Fixtures.createVolunteer(body);
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", inactive)).post(PATH + "/" + team + "/memberships")
                .then().statusCode(409).body("detail", containsString("INACTIVE"));
    }

    @Test
    void teamsAreListedByKindWithinTheSubtree() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.post(PATH, team(t, "PARTY_MEMBER_TEAM", "COMMUNITY"));
        Fixtures.post(PATH, team(t, "PROFESSIONAL_ORGANIZATION", "SUBDISTRICT"));
        asAdmin().queryParam("orgUnitId", t.subdistrict().id()).get(PATH).then().body("totalItems", equalTo(2));
        asAdmin().queryParam("orgUnitId", t.subdistrict().id()).queryParam("kind", "PROFESSIONAL_ORGANIZATION").get(PATH)
                .then().body("totalItems", equalTo(1)).body("items[0].level", equalTo("SUBDISTRICT"));
        asAdmin().queryParam("orgUnitId", t.neighbour().id()).get(PATH).then().body("totalItems", equalTo(0));
    }
}
