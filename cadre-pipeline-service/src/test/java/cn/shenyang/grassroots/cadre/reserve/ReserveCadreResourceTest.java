package cn.shenyang.grassroots.cadre.reserve;

import static cn.shenyang.grassroots.cadre.support.Fixtures.act;
import static cn.shenyang.grassroots.cadre.support.Fixtures.action;
import static cn.shenyang.grassroots.cadre.support.Fixtures.cadreBody;
import static cn.shenyang.grassroots.cadre.support.Fixtures.createCadre;
import static cn.shenyang.grassroots.cadre.support.Fixtures.etag;
import static cn.shenyang.grassroots.cadre.support.Fixtures.tree;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.cadre.support.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReserveCadreResourceTest {
    private static final String CADRES = "/api/v1/reserve-cadres/";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aCandidateWalksTheWholePathWithEveryStepInTheHistory() {
        // Monday 2 March 2026
        TestClock.set(LocalDate.of(2026, 3, 2));
        Fixtures.Tree t = tree();
        Map<String, Object> body = cadreBody(t.village().id());
        body.put("reason", "党组织推荐");
        var created = asAdmin().contentType(ContentType.JSON).body(body).post(CADRES)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("stage", equalTo("RECOMMENDED"))
                .body("recommendedOn", equalTo("2026-03-02"))
                .body("cohortYear", equalTo(2026))
                .body("idNumber", equalTo(body.get("idNumber")))
                .body("createdBy", equalTo("admin"))
                .extract();
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith(CADRES + id));

        asAdmin().get(CADRES + id + "/allowed-actions").then().statusCode(200)
                .body("stage", equalTo("RECOMMENDED"))
                .body("actions.action", contains("QUALIFY", "REJECT", "WITHDRAW"))
                .body("actions.available", contains(true, true, true));

        act(id, action("QUALIFY", "evidenceRef", "资格审查表-001")).statusCode(200).body("stage", equalTo("QUALIFIED"))
                .header("ETag", equalTo("\"1\""));
        act(id, action("NOMINATE", "votesFor", 31, "votesCast", 40)).statusCode(200)
                .body("stage", equalTo("NOMINATED")).body("nomination.votesFor", equalTo(31));
        act(id, action("INSPECT", "inspectionReport", "群众公认度高", "writtenTestScore", 82.5, "interviewScore", 90))
                .statusCode(200).body("stage", equalTo("INSPECTED"))
                .body("inspection.writtenTestScore", equalTo(82.5f));
        act(id, action("PUBLICIZE")).statusCode(200).body("stage", equalTo("PUBLICIZED"))
                .body("publicity.startsOn", equalTo("2026-03-02"))
                .body("publicity.endsOn", equalTo("2026-03-06"));

        // on the last day of the window admission is still held back
        TestClock.set(LocalDate.of(2026, 3, 6));
        asAdmin().get(CADRES + id + "/allowed-actions").then()
                .body("actions.find { it.action == 'ADMIT' }.available", equalTo(false))
                .body("actions.find { it.action == 'ADMIT' }.blockedBy", containsString("runs until 2026-03-06"));
        act(id, action("ADMIT")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:invalid-transition"))
                .body("detail", containsString("publicity window runs until 2026-03-06"));

        // Saturday after the window: admitted
        TestClock.set(LocalDate.of(2026, 3, 7));
        act(id, action("ADMIT", "reason", "公示期满无异议")).statusCode(200).body("stage", equalTo("IN_RESERVE"));

        asAdmin().get(CADRES + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.action", contains("RECOMMEND", "QUALIFY", "NOMINATE", "INSPECT", "PUBLICIZE", "ADMIT"))
                .body("items.toStage", contains("RECOMMENDED", "QUALIFIED", "NOMINATED", "INSPECTED", "PUBLICIZED",
                        "IN_RESERVE"))
                .body("items[0].fromStage", nullValue())
                .body("items[0].reason", equalTo("党组织推荐"))
                .body("items[1].evidenceRef", equalTo("资格审查表-001"))
                .body("items[5].actor", equalTo("admin"))
                .body("items[5].occurredAt", containsString("2026-03-07T04:00"));

        asAdmin().get(CADRES + id + "/allowed-actions").then()
                .body("actions.action", contains("REMOVE"));
        act(id, action("REMOVE")).statusCode(400).body("violations[0].field", equalTo("reason"));
        act(id, action("REMOVE", "reason", "外出务工")).statusCode(200).body("stage", equalTo("REMOVED"));
        asAdmin().get(CADRES + id + "/allowed-actions").then().body("actions", hasSize(0));
        act(id, action("QUALIFY")).statusCode(409)
                .body("detail", equalTo("QUALIFY is not allowed for a cadre in stage REMOVED (a final stage: nothing more can be done)"));
    }
}
