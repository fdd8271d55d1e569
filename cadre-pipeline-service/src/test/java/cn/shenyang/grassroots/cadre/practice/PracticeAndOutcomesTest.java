package cn.shenyang.grassroots.cadre.practice;

import static cn.shenyang.grassroots.cadre.support.Fixtures.createCadre;
import static cn.shenyang.grassroots.cadre.support.Fixtures.etag;
import static cn.shenyang.grassroots.cadre.support.Fixtures.toReserve;
import static cn.shenyang.grassroots.cadre.support.Fixtures.tree;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.testing.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Practice posts, the dated road into the Party, election to a village committee and the double-excellent flags. */
@QuarkusTest
class PracticeAndOutcomesTest {
    private static final String CADRES = "/api/v1/reserve-cadres/";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void practiceAssignmentsAreListedAndAssessed() {
        Fixtures.Tree t = tree();
        TestClock.set(LocalDate.of(2026, 3, 2));
        String a = createCadre(t.village().id());
        toReserve(a, LocalDate.of(2026, 3, 2));
        String p = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("cadreId", a, "kind", "INDUSTRY", "title", "草莓大棚产业", "responsibilities", "负责合作社销售",
                        "startsOn", "2026-04-01"))
                .post("/api/v1/practice-assignments").then().statusCode(201).body("kind", equalTo("INDUSTRY"))
                .extract().path("id");
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("cadreId", a, "kind", "PETITION_STABILITY", "title", "信访接待", "responsibilities", "x",
                        "startsOn", "2026-01-01", "endsOn", "2026-02-01"))
                .post("/api/v1/practice-assignments").then().statusCode(201);
        asAdmin().queryParam("cadreId", a).queryParam("activeOn", "2026-05-01").get("/api/v1/practice-assignments")
                .then().body("items.id", contains(p));
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("kind", "PETITION_STABILITY")
                .get("/api/v1/practice-assignments").then().body("totalItems", equalTo(1));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("kind", "INDUSTRY", "title", "草莓大棚产业", "responsibilities", "负责合作社销售",
                        "startsOn", "2026-04-01", "endsOn", "2026-10-31", "assessment", "销售额翻番"))
                .put("/api/v1/practice-assignments/" + p).then().statusCode(200)
                .body("assessment", equalTo("销售额翻番")).body("endsOn", equalTo("2026-10-31"));
        as("other", Roles.ORG_MANAGER, tree().township().path()).get("/api/v1/practice-assignments/" + p).then()
                .statusCode(404);
    }

    @Test
    void partyStepsGoInOrderWithDatesAndDoubleExcellentFollowsMembership() {
        Fixtures.Tree t = tree();
        TestClock.set(LocalDate.of(2026, 3, 2));
        String a = createCadre(t.village().id());
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(CADRES + a))
                .body(Map.of("step", "ACTIVIST", "occurredOn", "2026-03-01")).post(CADRES + a + "/party-admission-steps")
                .then().statusCode(409).body("detail", containsString("in stage RECOMMENDED"));
        toReserve(a, LocalDate.of(2026, 3, 2));
        TestClock.set(LocalDate.of(2026, 12, 1));

        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(CADRES + a))
                .body(Map.of("preferPartyAdmission", true, "preferNomination", true, "note", "双优"))
                .put(CADRES + a + "/double-excellent").then().statusCode(200)
                .body("doubleExcellent.preferPartyAdmission", equalTo(true));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(CADRES + a))
                .body(Map.of("step", "PROBATIONARY", "occurredOn", "2026-04-01")).post(CADRES + a + "/party-admission-steps")
                .then().statusCode(409).body("detail", containsString("is ACTIVIST, not PROBATIONARY"));
        step(a, "ACTIVIST", "2026-04-01").body("partyStatus", equalTo("ACTIVIST"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(CADRES + a))
                .body(Map.of("step", "PROBATIONARY", "occurredOn", "2026-03-31")).post(CADRES + a + "/party-admission-steps")
                .then().statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        step(a, "PROBATIONARY", "2026-06-01");
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(CADRES + a))
                .body(Map.of("step", "MEMBER", "occurredOn", "2026-12-02")).post(CADRES + a + "/party-admission-steps")
                .then().statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        step(a, "MEMBER", "2026-11-30").body("partyStatus", equalTo("MEMBER"))
                .body("partyAdmission.activistOn", equalTo("2026-04-01"))
                .body("partyAdmission.probationaryOn", equalTo("2026-06-01"))
                .body("partyAdmission.memberOn", equalTo("2026-11-30"))
                .body("doubleExcellent.preferPartyAdmission", equalTo(false))
                .body("doubleExcellent.preferNomination", equalTo(true));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(CADRES + a))
                .body(Map.of("preferPartyAdmission", true, "preferNomination", true))
                .put(CADRES + a + "/double-excellent").then().statusCode(409)
                .body("detail", containsString("only for non-members"));

        Fixtures.act(a, Fixtures.action("ELECT", "committee", "VILLAGERS_COMMITTEE", "occurredOn", "2026-11-20"))
                .statusCode(200).body("stage", equalTo("ELECTED")).body("stageOn", equalTo("2026-11-20"))
                .body("election.committee", equalTo("VILLAGERS_COMMITTEE"))
                .body("election.electedOn", equalTo("2026-11-20"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.action("ELECT", "committee", "VILLAGERS_COMMITTEE")).post(CADRES + a + "/transitions")
                .then().statusCode(412);

        // the outcomes are list filters too
        String b = createCadre(t.village().id());
        asAdmin().queryParam("orgUnitId", t.village().id()).queryParam("preferNomination", true).get(CADRES).then()
                .body("items.id", contains(a));
        asAdmin().queryParam("orgUnitId", t.village().id()).queryParam("elected", false).get(CADRES).then()
                .body("items.id", contains(b));
        asAdmin().queryParam("orgUnitId", t.village().id()).queryParam("partyStatus", "MEMBER").get(CADRES).then()
                .body("items.id", contains(a));
    }

    private static io.restassured.response.ValidatableResponse step(String id, String step, String on) {
        return asAdmin().contentType(ContentType.JSON).header("If-Match", etag(CADRES + id))
                .body(Map.of("step", step, "occurredOn", on)).post(CADRES + id + "/party-admission-steps").then().statusCode(200);
    }
}
