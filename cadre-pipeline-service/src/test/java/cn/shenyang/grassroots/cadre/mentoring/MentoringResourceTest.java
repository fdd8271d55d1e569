package cn.shenyang.grassroots.cadre.mentoring;

import static cn.shenyang.grassroots.cadre.support.Fixtures.act;
import static cn.shenyang.grassroots.cadre.support.Fixtures.action;
import static cn.shenyang.grassroots.cadre.support.Fixtures.createCadre;
import static cn.shenyang.grassroots.cadre.support.Fixtures.toReserve;
import static cn.shenyang.grassroots.cadre.support.Fixtures.tree;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.testing.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MentoringResourceTest {
    private static final String OVERDUE = "/api/v1/mentorships/overdue";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static String mentorship(String cadreId, String level, String name, String startsOn) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadreId, "level", level, "mentorName", name, "startsOn", startsOn))
                .post("/api/v1/mentorships").then().statusCode(201).extract().path("id");
    }

    static void talk(String cadreId, String role, String mentorshipId, String heldOn) {
        Map<String, Object> body = new HashMap<>(Map.of("cadreId", cadreId, "talkerRole", role, "heldOn", heldOn,
                "summary", "谈思想、谈工作"));
        if (mentorshipId != null) {
            body.put("mentorshipId", mentorshipId);
        } else {
            body.put("talkerName", "镇党委书记");
        }
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/talk-records").then().statusCode(201);
    }

    @Test
    void mentorsOweATalkEachHalfYearAndTheSecretaryOneEachYear() {
        Fixtures.Tree t = tree();
        String cadre = createCadreOn(t, LocalDate.of(2025, 1, 6));
        toReserve(cadre, LocalDate.of(2025, 1, 6)); // admitted 2025-01-20
        TestClock.set(LocalDate.of(2026, 1, 2));
        String township = mentorship(cadre, "TOWNSHIP", "刘副书记", "2025-01-20");
        String village = mentorship(cadre, "VILLAGE", "赵支书", "2025-01-20");
        talk(cadre, "TOWNSHIP_MENTOR", township, "2025-06-30");
        talk(cadre, "VILLAGE_MENTOR", village, "2025-07-01");

        String unit = t.township().id().toString();
        // nothing owed yet for 2024-H2 or for 2024
        asAdmin().queryParam("orgUnitId", unit).queryParam("asOf", "2025-06-30").get(OVERDUE).then()
                .statusCode(200).body("totalItems", equalTo(0));
        // 2025-H1 ended: the village mentor's talk on 1 July belongs to H2
        asAdmin().queryParam("orgUnitId", unit).queryParam("asOf", "2025-07-01").get(OVERDUE).then()
                .body("totalItems", equalTo(1))
                .body("items[0].kind", equalTo("MENTOR_HALF_YEAR"))
                .body("items[0].mentorshipId", equalTo(village))
                .body("items[0].mentorName", equalTo("赵支书"))
                .body("items[0].period", equalTo("2025-H1"))
                .body("items[0].dueBy", equalTo("2025-06-30"))
                .body("items[0].lastTalkOn", nullValue())
                .body("items[0].townshipId", equalTo(unit))
                .body("items[0].cadreId", equalTo(cadre));
        // 2025-H2 and the year 2025 ended: the township mentor and the secretary owe
        asAdmin().queryParam("orgUnitId", unit).queryParam("asOf", "2026-01-01").get(OVERDUE).then()
                .body("totalItems", equalTo(2))
                .body("items.kind", contains("MENTOR_HALF_YEAR", "SECRETARY_YEAR"))
                .body("items[0].mentorshipId", equalTo(township))
                .body("items[0].lastTalkOn", equalTo("2025-06-30"))
                .body("items[1].period", equalTo("2025"))
                .body("items[1].dueBy", equalTo("2025-12-31"));
        // without asOf the injected clock decides: on the last day of H1 nothing is due, the next day it is
        TestClock.set(LocalDate.of(2025, 6, 30));
        asAdmin().queryParam("orgUnitId", unit).get(OVERDUE).then().body("totalItems", equalTo(0));
        TestClock.set(LocalDate.of(2025, 7, 1));
        asAdmin().queryParam("orgUnitId", unit).get(OVERDUE).then().body("items.mentorshipId", contains(village));
        // a whole-tree caller without orgUnitId sees the same items among everyone's; a scoped one only its own
        asAdmin().queryParam("asOf", "2026-01-01").queryParam("size", 200).get(OVERDUE).then().statusCode(200)
                .body("items.findAll { it.cadreId == '" + cadre + "' }.kind", contains("MENTOR_HALF_YEAR", "SECRETARY_YEAR"));
        as("manager", Roles.ORG_MANAGER, t.township().path()).queryParam("asOf", "2026-01-01").get(OVERDUE).then()
                .body("totalItems", equalTo(2));
        as("manager", Roles.ORG_MANAGER, tree().township().path()).queryParam("asOf", "2026-01-01").get(OVERDUE).then()
                .body("totalItems", equalTo(0));
        TestClock.set(LocalDate.of(2026, 1, 2));
        talk(cadre, "TOWNSHIP_SECRETARY", null, "2025-12-31");
        asAdmin().queryParam("orgUnitId", unit).queryParam("asOf", "2026-01-01").get(OVERDUE).then()
                .body("items.kind", contains("MENTOR_HALF_YEAR"));
    }

    @Test
    void aPoolMemberWithoutAMentorOwesTheTalkAndOneAdmittedWithinTheGraceDaysOwesNothing() {
        Fixtures.Tree t = tree();
        String cadre = createCadreOn(t, LocalDate.of(2025, 5, 5));
        toReserve(cadre, LocalDate.of(2025, 5, 5)); // admitted 2025-05-19, 42 days before the half-year ended
        String late = createCadreOn(t, LocalDate.of(2025, 5, 19));
        toReserve(late, LocalDate.of(2025, 5, 19)); // admitted 2025-06-02: within the 30 grace days
        TestClock.set(LocalDate.of(2026, 1, 2));
        // a township mentor assigned late in the half-year, a village mentor who left before it ended
        String township = mentorship(cadre, "TOWNSHIP", "钱委员", "2025-06-15");
        String ended = mentorship(cadre, "VILLAGE", "孙主任", "2025-05-19");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("mentorName", "孙主任", "endsOn", "2025-06-01")).put("/api/v1/mentorships/" + ended)
                .then().statusCode(200).body("current", equalTo(false));
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("asOf", "2025-07-01").get(OVERDUE).then()
                .body("totalItems", equalTo(2))
                .body("items.cadreId", contains(cadre, cadre))
                .body("items.mentorLevel", contains("TOWNSHIP", "VILLAGE"))
                .body("items[0].mentorshipId", equalTo(township))
                .body("items[0].mentorName", equalTo("钱委员"))
                .body("items[1].mentorshipId", nullValue())
                .body("items[1].mentorName", nullValue());
        // a talk by the village mentor before leaving counts for the half-year
        talk(cadre, "VILLAGE_MENTOR", ended, "2025-05-25");
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("asOf", "2025-07-01").get(OVERDUE).then()
                .body("items.mentorLevel", contains("TOWNSHIP"));
        // in 2025-H2 both cadres owe both talks; nobody is the village mentor any more
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("asOf", "2026-01-01").queryParam("size", 50)
                .get(OVERDUE).then()
                .body("items.findAll { it.kind == 'MENTOR_HALF_YEAR' }.size()", equalTo(4))
                .body("items.findAll { it.kind == 'SECRETARY_YEAR' }.cadreId", containsInAnyOrder(cadre, late))
                .body("items.findAll { it.mentorLevel == 'VILLAGE' }.mentorshipId", contains(nullValue(), nullValue()));
    }

    @Test
    void anElectedCadreLeavesThePoolAndOwesNoFurtherTalks() {
        Fixtures.Tree t = tree();
        String cadre = createCadreOn(t, LocalDate.of(2025, 1, 6));
        toReserve(cadre, LocalDate.of(2025, 1, 6)); // admitted 2025-01-20
        TestClock.set(LocalDate.of(2025, 3, 1));
        String m = mentorship(cadre, "TOWNSHIP", "刘副书记", "2025-01-20");
        mentorship(cadre, "VILLAGE", "赵支书", "2025-01-20");
        TestClock.set(LocalDate.of(2026, 1, 2));
        // elected in the village committee election of 20 June 2025, entered half a year later
        act(cadre, action("ELECT", "committee", "VILLAGE_PARTY_COMMITTEE", "occurredOn", "2025-06-20")).statusCode(200)
                .body("stage", equalTo("ELECTED")).body("stageOn", equalTo("2025-06-20"))
                .body("election.electedOn", equalTo("2025-06-20"));
        asAdmin().get("/api/v1/mentorships/" + m).then().body("endsOn", equalTo("2025-06-20")).body("current", equalTo(false));
        for (String asOf : new String[] {"2025-07-01", "2026-01-01"}) {
            asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("asOf", asOf).get(OVERDUE).then()
                    .body("totalItems", equalTo(0));
        }
        asAdmin().get("/api/v1/reserve-cadres/" + cadre + "/allowed-actions").then().body("actions", hasSize(0));
        asAdmin().contentType(ContentType.JSON).body(Map.of("cadreId", cadre, "level", "TOWNSHIP", "mentorName", "新人"))
                .post("/api/v1/mentorships").then().statusCode(409).body("detail", containsString("in stage ELECTED"));

        // re-elected three years on; never before the last election, never in the future
        String elections = "/api/v1/reserve-cadres/" + cadre + "/elections";
        asAdmin().contentType(ContentType.JSON).body(Map.of("committee", "VILLAGERS_COMMITTEE", "occurredOn", "2025-06-19"))
                .post(elections).then().statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("committee", "VILLAGERS_COMMITTEE", "occurredOn", "2026-01-03"))
                .post(elections).then().statusCode(400).body("violations[0].message", containsString("future"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("committee", "VILLAGERS_COMMITTEE", "occurredOn", "2025-12-01"))
                .post(elections).then().statusCode(201).body("committee", equalTo("VILLAGERS_COMMITTEE"))
                .body("recordedBy", equalTo("admin"));
        asAdmin().get(elections).then().body("items.occurredOn", contains("2025-06-20", "2025-12-01"))
                .body("items.committee", contains("VILLAGE_PARTY_COMMITTEE", "VILLAGERS_COMMITTEE"));
        // the cadre view keeps the election that ended the pool membership
        asAdmin().get("/api/v1/reserve-cadres/" + cadre).then().body("election.committee", equalTo("VILLAGE_PARTY_COMMITTEE"));

        // a pool member's first election is the ELECT step, not a later election
        String pooled = createCadreOn(t, LocalDate.of(2025, 1, 6));
        toReserve(pooled, LocalDate.of(2025, 1, 6));
        asAdmin().contentType(ContentType.JSON).body(Map.of("committee", "VILLAGERS_COMMITTEE"))
                .post("/api/v1/reserve-cadres/" + pooled + "/elections").then().statusCode(409)
                .body("detail", containsString("ELECT"));
        act(pooled, action("ELECT")).statusCode(400).body("violations[0].field", equalTo("committee"));
    }

    @Test
    void leavingThePoolEndsTheMentorships() {
        Fixtures.Tree t = tree();
        String cadre = createCadreOn(t, LocalDate.of(2026, 3, 2));
        toReserve(cadre, LocalDate.of(2026, 3, 2));
        String m = mentorship(cadre, "TOWNSHIP", "周委员", "2026-03-16");
        asAdmin().contentType(ContentType.JSON).body(Map.of("cadreId", cadre, "level", "TOWNSHIP", "mentorName", "又一位"))
                .post("/api/v1/mentorships").then().statusCode(409).body("detail", containsString("already has a current TOWNSHIP mentor"));
        TestClock.set(LocalDate.of(2026, 4, 1));
        act(cadre, action("REMOVE", "reason", "迁出本村")).statusCode(200);
        asAdmin().get("/api/v1/mentorships/" + m).then().body("endsOn", equalTo("2026-04-01"))
                .body("current", equalTo(false)).header("ETag", equalTo("\"1\""));
        asAdmin().contentType(ContentType.JSON).body(Map.of("cadreId", cadre, "level", "VILLAGE", "mentorName", "新人"))
                .post("/api/v1/mentorships").then().statusCode(409).body("detail", containsString("in stage REMOVED"));
    }

    @Test
    void talkRecordsAreCheckedAgainstTheirMentorship() {
        Fixtures.Tree t = tree();
        String cadre = createCadreOn(t, LocalDate.of(2026, 3, 2));
        toReserve(cadre, LocalDate.of(2026, 3, 2));
        String m = mentorship(cadre, "VILLAGE", "吴书记", "2026-03-16");
        Map<String, Object> body = new HashMap<>(Map.of("cadreId", cadre, "talkerRole", "TOWNSHIP_MENTOR",
                "mentorshipId", m, "heldOn", "2026-03-16", "summary", "x"));
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/talk-records").then().statusCode(400)
                .body("violations[0].field", equalTo("talkerRole"));
        body.put("talkerRole", "VILLAGE_MENTOR");
        body.put("heldOn", "2026-03-15");
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/talk-records").then().statusCode(400)
                .body("violations[0].field", equalTo("heldOn"));
        body.put("heldOn", "2026-03-16");
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/talk-records").then().statusCode(201)
                .body("talkerName", equalTo("吴书记"));
        body.put("talkerRole", "TOWNSHIP_SECRETARY");
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/talk-records").then().statusCode(400)
                .body("violations[0].field", equalTo("mentorshipId"));
        body.remove("mentorshipId");
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/talk-records").then().statusCode(400)
                .body("violations[0].field", equalTo("talkerName"));
        asAdmin().queryParam("cadreId", cadre).get("/api/v1/talk-records").then().body("totalItems", equalTo(1));

        Fixtures.Tree other = tree();
        as("manager", Roles.ORG_MANAGER, other.township().path()).contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadre, "level", "TOWNSHIP", "mentorName", "x"))
                .post("/api/v1/mentorships").then().statusCode(400).body("violations[0].field", equalTo("cadreId"));
        as("manager", Roles.ORG_MANAGER, other.township().path()).get("/api/v1/mentorships/" + m).then().statusCode(404);
        as("manager", Roles.ORG_MANAGER, other.township().path()).queryParam("orgUnitId", t.township().id())
                .get(OVERDUE).then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        as("manager", Roles.ORG_MANAGER, other.township().path()).get("/api/v1/talk-records").then()
                .body("totalItems", equalTo(0));
        asAdmin().queryParam("asOf", "2026-13-01").get(OVERDUE).then().statusCode(400)
                .contentType("application/problem+json");
        // a cadre still in selection has no mentors
        String candidate = createCadre(t.village().id());
        asAdmin().contentType(ContentType.JSON).body(Map.of("cadreId", candidate, "level", "TOWNSHIP", "mentorName", "x"))
                .post("/api/v1/mentorships").then().statusCode(409);
    }

    private static String createCadreOn(Fixtures.Tree t, LocalDate day) {
        TestClock.set(day);
        return createCadre(t.village().id());
    }
}
