package cn.shenyang.grassroots.cadre.reserve;

import static cn.shenyang.grassroots.cadre.support.Fixtures.act;
import static cn.shenyang.grassroots.cadre.support.Fixtures.action;
import static cn.shenyang.grassroots.cadre.support.Fixtures.cadreBody;
import static cn.shenyang.grassroots.cadre.support.Fixtures.createCadre;
import static cn.shenyang.grassroots.cadre.support.Fixtures.tree;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.testing.TestClock;
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
        Map<?, ?> admitted = act(id, action("ADMIT", "reason", "公示期满无异议")).statusCode(200)
                .body("stage", equalTo("IN_RESERVE")).extract().as(Map.class);
        // a read answers what the step answered, field for field; a viewer sees the personal data masked
        assertEquals(admitted, asAdmin().get(CADRES + id).then().statusCode(200).header("ETag", equalTo("\"5\""))
                .extract().as(Map.class));
        as("viewer", "VIEWER", t.township().path()).get(CADRES + id).then().statusCode(200)
                .body("idNumber", equalTo(((String) body.get("idNumber")).substring(0, 6) + "********"
                        + ((String) body.get("idNumber")).substring(14)))
                .body("nomination.votesCast", equalTo(40)).body("inspection.interviewScore", equalTo(90.0f))
                .body("publicity.endsOn", equalTo("2026-03-06")).body("stageOn", equalTo("2026-03-07"));

        asAdmin().get(CADRES + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.action", contains("RECOMMEND", "QUALIFY", "NOMINATE", "INSPECT", "PUBLICIZE", "ADMIT"))
                .body("items.toStage", contains("RECOMMENDED", "QUALIFIED", "NOMINATED", "INSPECTED", "PUBLICIZED",
                        "IN_RESERVE"))
                .body("items[0].fromStage", nullValue())
                .body("items[0].reason", equalTo("党组织推荐"))
                .body("items[1].evidenceRef", equalTo("资格审查表-001"))
                .body("items.occurredOn", contains("2026-03-02", "2026-03-02", "2026-03-02", "2026-03-02", "2026-03-02",
                        "2026-03-07"))
                .body("items[5].recordedBy", equalTo("admin"))
                .body("items[5].recordedAt", containsString("2026-03-07T04:00"));

        asAdmin().get(CADRES + id + "/allowed-actions").then()
                .body("actions.action", contains("REMOVE", "ELECT"));
        act(id, action("REMOVE")).statusCode(400).body("violations[0].field", equalTo("reason"));
        act(id, action("REMOVE", "reason", "外出务工")).statusCode(200).body("stage", equalTo("REMOVED"));
        asAdmin().get(CADRES + id + "/allowed-actions").then().body("actions", hasSize(0));
        act(id, action("QUALIFY")).statusCode(409)
                .body("detail", equalTo("QUALIFY is not allowed for a cadre in stage REMOVED (a final stage: nothing more can be done)"));
    }

    @Test
    void aSelectionOf2019IsEnteredTodayWithItsRealDatesAndJudgedOnThem() {
        TestClock.set(LocalDate.of(2026, 11, 28));
        Fixtures.Tree t = tree();
        // 46 today, 43 when screened in 2019: eligible then
        Map<String, Object> body = cadreBody(t.village().id());
        body.put("source", "VETERAN");
        body.put("birthDate", "1980-06-01");
        body.put("idNumber", Fixtures.idNumber(LocalDate.of(1980, 6, 1)));
        body.put("recommendedOn", "2019-03-04");
        String id = createCadre(body);
        asAdmin().get(CADRES + id + "/allowed-actions").then()
                .body("actions.find { it.action == 'QUALIFY' }.blockedBy", containsString("age 46 on 2026-11-28"));
        asAdmin().queryParam("occurredOn", "2019-03-11").get(CADRES + id + "/allowed-actions").then()
                .body("occurredOn", equalTo("2019-03-11"))
                .body("actions.find { it.action == 'QUALIFY' }.available", equalTo(true));
        asAdmin().queryParam("occurredOn", "2019-03-01").get(CADRES + id + "/allowed-actions").then()
                .body("actions.find { it.action == 'QUALIFY' }.blockedBy",
                        equalTo("must not be before the cadre's previous step (RECOMMENDED on 2019-03-04)"));
        act(id, action("QUALIFY")).statusCode(409).body("detail", containsString("age 46 on 2026-11-28 is outside 18–45"));
        act(id, action("QUALIFY", "occurredOn", "2026-11-29")).statusCode(400)
                .body("violations[0].field", equalTo("occurredOn"))
                .body("violations[0].message", equalTo("must not be in the future (today is 2026-11-28)"));
        act(id, action("QUALIFY", "occurredOn", "2019-03-03")).statusCode(400)
                .body("violations[0].message", containsString("before the cadre's previous step"));
        act(id, action("QUALIFY", "occurredOn", "2019-03-11")).statusCode(200)
                .body("stage", equalTo("QUALIFIED")).body("stageOn", equalTo("2019-03-11"));
        act(id, action("NOMINATE", "occurredOn", "2019-03-18", "votesFor", 30, "votesCast", 40)).statusCode(200);
        act(id, action("INSPECT", "occurredOn", "2019-03-25", "inspectionReport", "良好", "writtenTestScore", 75,
                "interviewScore", 80)).statusCode(200);
        // publicity decided on Friday 5 April, posted from Monday 8 April: five working days to Friday 12 April
        act(id, action("PUBLICIZE", "occurredOn", "2019-04-05", "publicityStartsOn", "2019-04-04")).statusCode(400)
                .body("violations[0].field", equalTo("publicityStartsOn"));
        act(id, action("PUBLICIZE", "occurredOn", "2019-04-05", "publicityStartsOn", "2019-04-08")).statusCode(200)
                .body("publicity.startsOn", equalTo("2019-04-08")).body("publicity.endsOn", equalTo("2019-04-12"));
        // an objection filed in the window, settled only after the day admission is dated
        String objection = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("summary", "反映其违规建房", "filedOn", "2019-04-10")).post(CADRES + id + "/objections")
                .then().statusCode(201).body("filedOn", equalTo("2019-04-10")).extract().path("id");
        asAdmin().contentType(ContentType.JSON).body(Map.of("summary", "窗口外", "filedOn", "2019-04-13"))
                .post(CADRES + id + "/objections").then().statusCode(409).body("detail", containsString("filed on 2019-04-13"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("outcome", "DISMISSED", "settlement", "经核查反映不实", "settledOn", "2019-04-09"))
                .post(CADRES + id + "/objections/" + objection + "/settle").then().statusCode(400)
                .body("violations[0].field", equalTo("settledOn"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("outcome", "DISMISSED", "settlement", "经核查反映不实", "settledOn", "2019-04-16"))
                .post(CADRES + id + "/objections/" + objection + "/settle").then().statusCode(200)
                .body("settledOn", equalTo("2019-04-16"));
        act(id, action("ADMIT", "occurredOn", "2019-04-12")).statusCode(409)
                .body("detail", containsString("the publicity window runs until 2019-04-12"));
        act(id, action("ADMIT", "occurredOn", "2019-04-15")).statusCode(409)
                .body("detail", equalTo("ADMIT is not possible on 2019-04-15: 1 objection(s) filed during publicity "
                        + "were still open on 2019-04-15; settle them first"));
        act(id, action("ADMIT", "occurredOn", "2019-04-16")).statusCode(200)
                .body("stage", equalTo("IN_RESERVE")).body("stageOn", equalTo("2019-04-16"));
        asAdmin().get(CADRES + id + "/history").then()
                .body("items.occurredOn", contains("2019-03-04", "2019-03-11", "2019-03-18", "2019-03-25", "2019-04-05",
                        "2019-04-16"))
                .body("items.recordedAt", org.hamcrest.Matchers.everyItem(containsString("2026-11-28")));
        // in the 2019 pool, as the statistics of that year count it
        asAdmin().queryParam("orgUnitId", t.village().id()).queryParam("year", 2019).get("/api/v1/reserve-cadre-stats")
                .then().body("totals.recommended", equalTo(1)).body("totals.inPool", equalTo(1))
                .body("poolDate", equalTo("2019-12-31"));
        // a party step may not precede the admission to the pool
        asAdmin().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(CADRES + id))
                .body(Map.of("step", "ACTIVIST", "occurredOn", "2019-04-15")).post(CADRES + id + "/party-admission-steps")
                .then().statusCode(400).body("violations[0].message", containsString("admission to the pool (2019-04-16)"));
    }

    @Test
    void openObjectionsHoldTheCandidateAndADismissalReleasesThem() {
        TestClock.set(LocalDate.of(2026, 3, 2));
        String id = createCadre(tree().village().id());
        toPublicity(id);
        // not yet under publicity → no objections; now it is
        TestClock.set(LocalDate.of(2026, 3, 4));
        String objection = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("objector", "村民张某", "summary", "反映其存在违规建房问题"))
                .post(CADRES + id + "/objections").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("OPEN"))
                .body("filedOn", equalTo("2026-03-04"))
                .extract().path("id");

        TestClock.set(LocalDate.of(2026, 3, 9));
        act(id, action("ADMIT")).statusCode(409)
                .body("detail", containsString("1 objection(s) filed during publicity were still open on 2026-03-09"));
        asAdmin().get(CADRES + id + "/allowed-actions").then()
                .body("actions.find { it.action == 'ADMIT' }.available", equalTo(false))
                .body("actions.find { it.action == 'ADMIT' }.blockedBy", containsString("still open"));
        // the window closed on Friday 6 March: no more objections
        asAdmin().contentType(ContentType.JSON).body(Map.of("summary", "迟到的意见"))
                .post(CADRES + id + "/objections").then().statusCode(409)
                .body("detail", containsString("runs from 2026-03-02 to 2026-03-06"));

        String settle = CADRES + id + "/objections/" + objection + "/settle";
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body(Map.of("outcome", "DISMISSED", "settlement", "经核查反映不实")).post(settle)
                .then().statusCode(412).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("outcome", "DISMISSED", "settlement", "经核查反映不实")).post(settle)
                .then().statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("outcome", "DISMISSED", "settlement", "经核查反映不实")).post(settle)
                .then().statusCode(200).body("status", equalTo("DISMISSED")).body("settledOn", equalTo("2026-03-09"))
                .header("ETag", equalTo("\"1\""));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("outcome", "UPHELD", "settlement", "改判")).post(settle)
                .then().statusCode(409).body("detail", containsString("already settled as DISMISSED"));
        asAdmin().queryParam("status", "DISMISSED").get(CADRES + id + "/objections").then()
                .body("totalItems", equalTo(1)).body("items[0].objector", equalTo("村民张某"));

        act(id, action("ADMIT")).statusCode(200).body("stage", equalTo("IN_RESERVE"));
    }

    @Test
    void anUpheldObjectionBarsAdmissionForGood() {
        TestClock.set(LocalDate.of(2026, 3, 2));
        String id = createCadre(tree().village().id());
        asAdmin().contentType(ContentType.JSON).body(Map.of("summary", "too early"))
                .post(CADRES + id + "/objections").then().statusCode(409)
                .body("detail", containsString("only while a candidate is under publicity"));
        toPublicity(id);
        String objection = asAdmin().contentType(ContentType.JSON).body(Map.of("summary", "有失信记录"))
                .post(CADRES + id + "/objections").then().statusCode(201).body("objector", nullValue())
                .extract().path("id");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("outcome", "UPHELD", "settlement", "经核查属实"))
                .post(CADRES + id + "/objections/" + objection + "/settle").then().statusCode(200);
        TestClock.set(LocalDate.of(2026, 3, 20));
        act(id, action("ADMIT")).statusCode(409).body("detail", containsString("were upheld"));
        act(id, action("REJECT", "reason", "公示期间反映问题属实")).statusCode(200).body("stage", equalTo("REJECTED"));
    }

    @Test
    void anOutstandingPartyMemberMustBeInTheParty() {
        Map<String, Object> body = cadreBody(tree().village().id());
        body.put("source", "PARTY_MEMBER");
        asAdmin().contentType(ContentType.JSON).body(body).post(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("partyStatus"))
                .body("violations[0].message", containsString("PROBATIONARY or full MEMBER"));
        body.put("partyStatus", "PROBATIONARY");
        String id = createCadre(body);
        Map<String, Object> update = cadreBody(tree().village().id());
        update.remove("partyStatus");
        update.put("villageId", body.get("villageId"));
        update.put("idNumber", body.get("idNumber"));
        update.put("source", "PARTY_MEMBER");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(CADRES + id).then()
                .statusCode(200);
        String plain = createCadre(tree().village().id());
        update.put("idNumber", asAdmin().get(CADRES + plain).then().extract().path("idNumber"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(CADRES + plain).then()
                .statusCode(400).body("violations[0].field", equalTo("source"));
    }

    @Test
    void eligibilityRulesAreThoseOfTheSelectionYear() {
        Fixtures.Tree t = tree();
        // 40 years old: fine under the default rules (18–45)
        TestClock.set(LocalDate.of(2026, 5, 4));
        Map<String, Object> body = cadreBody(t.village().id());
        body.put("birthDate", "1986-01-10");
        body.put("idNumber", Fixtures.idNumber(LocalDate.of(1986, 1, 10)));
        String ok = createCadre(body);
        act(ok, action("QUALIFY")).statusCode(200);

        // 2030 is configured with max age 35 and at least junior college
        TestClock.set(LocalDate.of(2030, 5, 6));
        body = cadreBody(t.village().id());
        body.put("birthDate", "1990-01-10");
        body.put("idNumber", Fixtures.idNumber(LocalDate.of(1990, 1, 10)));
        body.put("education", "SENIOR_HIGH");
        String old = createCadre(body);
        asAdmin().get(CADRES + old + "/allowed-actions").then()
                .body("actions.find { it.action == 'QUALIFY' }.available", equalTo(false))
                .body("actions.find { it.action == 'QUALIFY' }.blockedBy", containsString("age 40"));
        act(old, action("QUALIFY")).statusCode(409)
                .body("detail", equalTo("QUALIFY is not possible on 2030-05-06: not eligible under the 2030 rules for "
                        + "COLLEGE_GRADUATE_OFFICIAL: age 40 on 2030-05-06 is outside 18–35; education SENIOR_HIGH is "
                        + "below the required JUNIOR_COLLEGE"));

        // a disqualifying negative-list finding
        TestClock.set(LocalDate.of(2026, 5, 4));
        String listed = createCadre(t.village().id());
        act(listed, action("QUALIFY", "negativeListFindings", List.of("DISHONEST_DEBTOR"))).statusCode(409)
                .body("detail", containsString("negative-list finding DISHONEST_DEBTOR"));
        asAdmin().get(CADRES + listed).then().body("stage", equalTo("RECOMMENDED"));
        asAdmin().get(CADRES + listed + "/history").then().body("totalItems", equalTo(1));
    }

    @Test
    void nominationNeedsAMajorityAndInspectionPassingScores() {
        TestClock.set(LocalDate.of(2026, 3, 2));
        String id = createCadre(tree().village().id());
        act(id, action("QUALIFY")).statusCode(200);
        act(id, action("NOMINATE", "votesFor", 20)).statusCode(400).body("violations[0].field", equalTo("votesCast"));
        act(id, action("NOMINATE", "votesFor", 41, "votesCast", 40)).statusCode(400)
                .body("violations[0].field", equalTo("votesFor"));
        act(id, action("NOMINATE", "votesFor", 20, "votesCast", 40)).statusCode(409)
                .body("detail", containsString("20 of 40 votes is not more than 50%"));
        act(id, action("NOMINATE", "votesFor", 21, "votesCast", 40)).statusCode(200);
        act(id, action("INSPECT", "inspectionReport", "一般", "writtenTestScore", 59.5, "interviewScore", 70))
                .statusCode(409).body("detail", containsString("written-test score 59.5 is below the pass mark 60"));
        act(id, action("INSPECT", "inspectionReport", "一般", "writtenTestScore", 101, "interviewScore", 70))
                .statusCode(400).body("violations[0].field", equalTo("writtenTestScore"));
        act(id, action("INSPECT", "writtenTestScore", 80, "interviewScore", 70))
                .statusCode(400).body("violations[0].field", equalTo("inspectionReport"));
        act(id, action("PUBLICIZE")).statusCode(409)
                .body("detail", equalTo("PUBLICIZE is not allowed for a cadre in stage NOMINATED; allowed here: INSPECT, REJECT, WITHDRAW"));
        act(id, action("PUBLICIZE", "publicityStartsOn", "2026-03-01")).statusCode(409);
        act(id, action("WITHDRAW", "reason", "本人外出务工")).statusCode(200).body("stage", equalTo("WITHDRAWN"));
    }

    @Test
    void malformedRequestsAreClearProblems() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = cadreBody(t.village().id());
        body.put("source", "MAYOR");
        asAdmin().contentType(ContentType.JSON).body(body).post(CADRES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("source"))
                .body("violations[0].message", containsString("'MAYOR' is not one of VILLAGER_REPRESENTATIVE"))
                .body("detail", not(containsString("cn.shenyang")));
        body = cadreBody(t.village().id());
        body.put("favouriteColour", "red");
        asAdmin().contentType(ContentType.JSON).body(body).post(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("favouriteColour"))
                .body("violations[0].message", equalTo("is not a known property"));
        body = cadreBody(t.village().id());
        body.remove("villageId");
        asAdmin().contentType(ContentType.JSON).body(body).post(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("villageId"));
        body = cadreBody(t.village().id());
        String idNumber = (String) body.get("idNumber");
        body.put("idNumber", idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? "2" : "1"));
        asAdmin().contentType(ContentType.JSON).body(body).post(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("idNumber"))
                .body("violations[0].message", equalTo("the check digit does not match"))
                .body("detail", not(containsString(idNumber.substring(6, 14))));
        body = cadreBody(t.township().id());
        asAdmin().contentType(ContentType.JSON).body(body).post(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("villageId"))
                .body("violations[0].message", containsString("is a TOWN; expected VILLAGE"));
        body = cadreBody(java.util.UUID.randomUUID());
        asAdmin().contentType(ContentType.JSON).body(body).post(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("villageId"))
                .body("violations[0].message", containsString("no org unit"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("action", "FLY")).header("If-Match", "*")
                .post(CADRES + createCadre(t.village().id()) + "/transitions").then().statusCode(400)
                .body("violations[0].field", equalTo("action"));
        asAdmin().get(CADRES + "not-a-uuid").then().statusCode(400).body("violations[0].field", equalTo("id"));
        asAdmin().get(CADRES + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:grassroots:problem:not-found"));
        asAdmin().queryParam("stage", "DONE").get(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("stage"));
        asAdmin().queryParam("size", 500).get(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        asAdmin().queryParam("sort", "idNumber").get(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        asAdmin().queryParam("elected", "maybe").get(CADRES).then().statusCode(400)
                .body("violations[0].field", equalTo("elected"))
                .body("violations[0].message", equalTo("'maybe' is not true or false"));
    }

    @Test
    void updatesNeedTheCurrentEtagAndCreatesReplayByIdempotencyKey() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = cadreBody(t.village().id());
        String key = Fixtures.unique("key");
        String first = asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(CADRES)
                .then().statusCode(201).extract().path("id");
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(CADRES)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("name", "另一个人");
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(CADRES)
                .then().statusCode(422);
        // without a key the same person cannot be a candidate twice at once
        asAdmin().contentType(ContentType.JSON).body(body).post(CADRES).then().statusCode(409)
                .body("detail", equalTo("A live candidacy with this ID number already exists"));
        asAdmin().queryParam("q", body.get("idNumber")).get(CADRES).then().body("totalItems", equalTo(0));

        Map<String, Object> update = cadreBody(t.village().id());
        update.remove("partyStatus");
        update.put("name", Fixtures.unique("李雏雁"));
        asAdmin().contentType(ContentType.JSON).body(update).put(CADRES + first).then().statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(update).put(CADRES + first)
                .then().statusCode(412).body("detail", containsString("\"0\""));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(CADRES + first)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo(update.get("name")))
                .body("version", equalTo(1));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(CADRES + first)
                .then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(action("QUALIFY"))
                .post(CADRES + first + "/transitions").then().statusCode(412);
        asAdmin().get(CADRES + first + "/history").then().body("totalItems", equalTo(1));
    }

    @Test
    void listsFilterByStageSourceYearAndSubtree() {
        Fixtures.Tree t = tree();
        Fixtures.Unit otherVillage = Fixtures.unit(t.township(), "VILLAGE");
        TestClock.set(LocalDate.of(2026, 3, 2));
        String a = createCadre(t.village().id());
        Map<String, Object> body = cadreBody(otherVillage.id());
        body.put("source", "VETERAN");
        String b = createCadre(body);
        act(b, action("QUALIFY")).statusCode(200);
        asAdmin().queryParam("orgUnitId", t.township().id()).get(CADRES).then()
                .body("totalItems", equalTo(2));
        asAdmin().queryParam("orgUnitId", t.village().id()).get(CADRES).then()
                .body("items.id", contains(a));
        asAdmin().queryParam("orgUnitId", t.district().id()).queryParam("stage", "QUALIFIED").get(CADRES).then()
                .body("items.id", contains(b));
        asAdmin().queryParam("orgUnitId", t.district().id()).queryParam("source", "VETERAN").queryParam("year", 2026)
                .get(CADRES).then().body("items.id", contains(b));
        asAdmin().queryParam("orgUnitId", t.district().id()).queryParam("year", 2025).get(CADRES).then()
                .body("totalItems", equalTo(0));
        asAdmin().queryParam("orgUnitId", t.district().id()).queryParam("size", 1).queryParam("page", 1)
                .queryParam("sort", "name").get(CADRES).then()
                .body("totalItems", equalTo(2)).body("items", hasSize(1)).body("page", equalTo(1));
    }

    private static void toPublicity(String id) {
        act(id, action("QUALIFY")).statusCode(200);
        act(id, action("NOMINATE", "votesFor", 30, "votesCast", 40)).statusCode(200);
        act(id, action("INSPECT", "inspectionReport", "良好", "writtenTestScore", 75, "interviewScore", 80))
                .statusCode(200);
        act(id, action("PUBLICIZE")).statusCode(200);
    }
}
