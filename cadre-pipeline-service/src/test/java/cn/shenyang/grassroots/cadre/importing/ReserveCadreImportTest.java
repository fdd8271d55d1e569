package cn.shenyang.grassroots.cadre.importing;

import static cn.shenyang.grassroots.cadre.support.Ledger.importAs;
import static cn.shenyang.grassroots.cadre.support.Ledger.importAsAdmin;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.cadre.support.Ledger;
import cn.shenyang.grassroots.platform.testing.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing an existing ledger: its past replayed through the rules on their real dates, all or nothing. */
@QuarkusTest
class ReserveCadreImportTest {
    private static final String CADRES = "/api/v1/reserve-cadres";
    private static final String STATS = "/api/v1/reserve-cadre-stats";

    @BeforeEach
    void today() {
        TestClock.set(LocalDate.of(2026, 11, 28));
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aCadreImportedWithStepsIn2019And2020AppearsInThe2020StatisticsExactly() {
        Fixtures.Tree t = Fixtures.tree();
        // A: admitted in 2019, probationary Party member and elected in 2020
        Map<String, Object> a = Ledger.pooled(t.village().id(), LocalDate.of(2019, 3, 4));
        a.put("activistOn", "2019-09-01");
        a.put("probationaryOn", "2020-06-30");
        a.put("exit", "ELECT");
        a.put("exitOn", "2020-11-20");
        a.put("committee", "VILLAGERS_COMMITTEE");
        // B: admitted in 2019, removed in 2020
        Map<String, Object> b = Ledger.pooled(t.village().id(), LocalDate.of(2019, 3, 4));
        b.put("exit", "REMOVE");
        b.put("exitOn", "2020-03-01");
        b.put("exitReason", "外出务工");
        // C: recommended in 2020, rejected at screening
        Map<String, Object> c = Ledger.recommended(t.village().id(), LocalDate.of(2020, 4, 1));
        c.put("exit", "REJECT");
        c.put("exitOn", "2020-04-20");
        c.put("exitReason", "不符合条件");
        // D: recommended and admitted in 2020
        Map<String, Object> d = Ledger.pooled(t.village().id(), LocalDate.of(2020, 5, 4));
        importAsAdmin(List.of(a, b, c, d)).statusCode(200)
                .body("imported", equalTo(4))
                .body("alreadyPresent", equalTo(0))
                .body("importedByStage.ELECTED", equalTo(1))
                .body("importedByStage.REMOVED", equalTo(1))
                .body("importedByStage.REJECTED", equalTo(1))
                .body("importedByStage.IN_RESERVE", equalTo(1))
                .body("steps", equalTo(7 + 7 + 2 + 6));

        JsonPath y2020 = stats(t, 2020, null);
        org.junit.jupiter.api.Assertions.assertEquals("2020-12-31", y2020.getString("poolDate"));
        counts(y2020, "totals", 2, 1, 1, 1, 0, 1, 1);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(2, 1, 1, 1, 1, 1),
                y2020.getList("funnel.reached"), "C stopped at RECOMMENDED, D went all the way");
        org.junit.jupiter.api.Assertions.assertEquals(Map.of("REJECTED", 1, "IN_RESERVE", 1), y2020.getMap("cohortByStage"));
        counts(y2020, "byVillage.find { it.orgUnitId == '" + t.village().id() + "' }.counts", 2, 1, 1, 1, 0, 1, 1);
        counts(y2020, "byTownship.find { it.orgUnitId == '" + t.township().id() + "' }.counts", 2, 1, 1, 1, 0, 1, 1);
        counts(y2020, "byChannel.find { it.channel == 'MASS' }.counts", 2, 1, 1, 1, 0, 1, 1);

        // 1 July 2020: A and D (admitted 15 June) in the pool, B gone; A's Party admission counted, its election not yet
        counts(stats(t, 2020, "2020-07-01"), "totals", 2, 1, 2, 1, 0, 0, 1);
        // 14 June: D not yet admitted, A not yet a probationary member
        counts(stats(t, 2020, "2020-06-14"), "totals", 2, 0, 1, 0, 0, 0, 1);
        // 2019: A and B recommended and admitted, both in the pool at the year's end
        counts(stats(t, 2019, null), "totals", 2, 2, 2, 0, 0, 0, 0);

        String idA = asAdmin().queryParam("orgUnitId", t.village().id()).queryParam("stage", "ELECTED").get(CADRES)
                .then().body("items", hasSize(1)).extract().path("items[0].id");
        asAdmin().get(CADRES + "/" + idA).then().statusCode(200)
                .body("stage", equalTo("ELECTED")).body("stageOn", equalTo("2020-11-20"))
                .body("partyStatus", equalTo("PROBATIONARY"))
                .body("partyAdmission.probationaryOn", equalTo("2020-06-30"))
                .body("publicity.startsOn", equalTo("2019-04-08")).body("publicity.endsOn", equalTo("2019-04-12"))
                .body("election.committee", equalTo("VILLAGERS_COMMITTEE")).body("createdBy", equalTo("admin"));
        asAdmin().get(CADRES + "/" + idA + "/history").then()
                .body("items.action", contains("RECOMMEND", "QUALIFY", "NOMINATE", "INSPECT", "PUBLICIZE", "ADMIT", "ELECT"))
                .body("items.occurredOn", contains("2019-03-04", "2019-03-11", "2019-03-18", "2019-03-25", "2019-04-08",
                        "2019-04-15", "2020-11-20"))
                .body("items.recordedBy", everyItem(equalTo("admin")))
                .body("items.recordedAt", everyItem(containsString("2026-11-28")));
        asAdmin().get(CADRES + "/" + idA + "/elections").then()
                .body("items.occurredOn", contains("2020-11-20")).body("items.committee", contains("VILLAGERS_COMMITTEE"));

        // the same file again changes nothing
        importAsAdmin(List.of(a, b, c, d)).statusCode(200)
                .body("imported", equalTo(0)).body("alreadyPresent", equalTo(4)).body("alreadyPresentRows", contains(1, 2, 3, 4));
        counts(stats(t, 2020, null), "totals", 2, 1, 1, 1, 0, 1, 1);
    }

    @Test
    void oneBadRowImportsNothingAndTheReportNamesEveryRowAndField() {
        Fixtures.Tree t = Fixtures.tree();
        Map<String, Object> good = Ledger.pooled(t.village().id(), LocalDate.of(2020, 3, 2));
        Map<String, Object> early = Ledger.pooled(t.village().id(), LocalDate.of(2020, 3, 2));
        early.put("nominatedOn", "2020-03-01");
        Map<String, Object> unknown = Ledger.recommended(java.util.UUID.randomUUID(), LocalDate.of(2020, 3, 2));
        Map<String, Object> malformed = Ledger.recommended(t.village().id(), LocalDate.of(2020, 3, 2));
        malformed.put("birthDate", "1990-02-30");
        malformed.put("source", "MAYOR");
        malformed.put("favouriteColour", "red");
        malformed.put("name", "a\u0000b");
        importAsAdmin(List.of(good, early, unknown, malformed)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:unprocessable"))
                .body("detail", containsString("nothing was stored"))
                .body("violations.field", containsInAnyOrder("rows[2].nominatedOn", "rows[3].villageId",
                        "rows[4].birthDate", "rows[4].source", "rows[4].favouriteColour", "rows[4].name"))
                .body("violations.find { it.field == 'rows[2].nominatedOn' }.message",
                        equalTo("must not be before the previous step (2020-03-09)"))
                .body("violations.find { it.field == 'rows[4].birthDate' }.message",
                        equalTo("'1990-02-30' is not a valid date (YYYY-MM-DD)"));
        asAdmin().queryParam("orgUnitId", t.district().id()).get(CADRES).then().body("totalItems", equalTo(0));

        // CSV, the same rules: the good row alone goes in
        String csv = "name,gender,birthDate,idNumber,education,partyStatus,villageId,source,channel,recommendedOn\n"
                + good.get("name") + ",MALE,1990-05-05," + good.get("idNumber") + ",SENIOR_HIGH,NONE," + t.village().id()
                + ",VETERAN,SELF,2020-03-02\n";
        Ledger.send(asAdmin(), "text/csv", csv).statusCode(200)
                .body("imported", equalTo(1)).body("importedByStage.RECOMMENDED", equalTo(1));
        Ledger.send(asAdmin(), "text/csv", "name,colour\nx,red\n").statusCode(422)
                .body("violations.field", hasItem("rows[1].colour"));
        // a second row with more values than the header names: a 422 for that row, nothing stored
        Ledger.send(asAdmin(), "text/csv", "name,gender\nx,MALE\ny,FEMALE,extra\n").statusCode(422)
                .body("violations.field", hasItem("rows[2].line"));
        Ledger.send(asAdmin(), "application/x-ndjson", "").statusCode(400)
                .body("violations[0].field", equalTo("body"));
        Ledger.send(asAdmin(), "application/x-ndjson", "{\"name\":\n").statusCode(422)
                .body("violations[0].field", equalTo("rows[1].line"));
    }

    @Test
    void eachStepIsJudgedByTheRulesOnItsOwnDate() {
        Fixtures.Tree t = Fixtures.tree();
        // a veteran of 44 at screening in 2019 qualifies; the same birth date screened in 2022 (47) does not
        Map<String, Object> young = Ledger.pooled(t.village().id(), LocalDate.of(2019, 3, 4));
        young.put("source", "VETERAN");
        young.put("birthDate", "1975-01-01");
        young.put("idNumber", Fixtures.idNumber(LocalDate.of(1975, 1, 1)));
        Map<String, Object> old = Ledger.pooled(t.village().id(), LocalDate.of(2022, 3, 7));
        old.put("source", "VETERAN");
        old.put("birthDate", "1975-01-01");
        old.put("idNumber", Fixtures.idNumber(LocalDate.of(1975, 1, 1)));
        // a retiree of 61 qualifies under the defaults the jurisdiction can change
        Map<String, Object> retiree = Ledger.pooled(t.village().id(), LocalDate.of(2020, 3, 2));
        retiree.put("source", "RETIREE");
        retiree.put("birthDate", "1959-01-01");
        retiree.put("idNumber", Fixtures.idNumber(LocalDate.of(1959, 1, 1)));
        // an outstanding Party member who is no Party member
        Map<String, Object> member = Ledger.recommended(t.village().id(), LocalDate.of(2020, 3, 2));
        member.put("source", "PARTY_MEMBER");
        // admitted on the last day of the publicity window (Monday 6 to Friday 10 April 2020)
        Map<String, Object> hasty = Ledger.pooled(t.village().id(), LocalDate.of(2020, 3, 2));
        hasty.put("admittedOn", "2020-04-10");
        // a majority of exactly half, and a step in the future
        Map<String, Object> tie = Ledger.pooled(t.village().id(), LocalDate.of(2020, 3, 2));
        tie.put("votesFor", 20);
        tie.put("exit", "REMOVE");
        tie.put("exitOn", "2026-11-29");
        tie.put("exitReason", "x");
        // two live candidacies of one person, and a Party step out of order
        Map<String, Object> twice = Ledger.pooled(t.village().id(), LocalDate.of(2021, 3, 1));
        Map<String, Object> again = Ledger.recommended(t.village().id(), LocalDate.of(2022, 3, 1));
        again.put("idNumber", twice.get("idNumber"));
        twice.put("probationaryOn", "2021-09-01");
        importAsAdmin(List.of(young, old, retiree, member, hasty, tie, twice, again)).statusCode(422)
                .body("violations.field", containsInAnyOrder("rows[2].birthDate", "rows[4].partyStatus",
                        "rows[5].admittedOn", "rows[6].votesFor", "rows[6].exitOn", "rows[7].probationaryOn",
                        "rows[8].idNumber"))
                .body("violations.find { it.field == 'rows[2].birthDate' }.message",
                        equalTo("not eligible under the 2022 rules for VETERAN: age 47 on 2022-03-14 is outside 18–45"))
                .body("violations.find { it.field == 'rows[5].admittedOn' }.message",
                        equalTo("must be after the publicity window, which ran until 2020-04-10"))
                .body("violations.find { it.field == 'rows[6].votesFor' }.message",
                        equalTo("20 of 40 votes is not more than 50%"))
                .body("violations.find { it.field == 'rows[7].probationaryOn' }.message",
                        equalTo("the next step for a cadre who is NONE is ACTIVIST"))
                .body("violations.find { it.field == 'rows[8].idNumber' }.message",
                        equalTo("a live candidacy with this ID number already exists (row 7)"));
        importAsAdmin(List.of(young, retiree)).statusCode(200).body("imported", equalTo(2));
    }

    @Test
    void importsStayInsideTheCallersScope() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Tree other = Fixtures.tree();
        List<Map<String, Object>> rows = List.of(Ledger.recommended(t.village().id(), LocalDate.of(2020, 3, 2)));
        importAs(as("manager", Roles.ORG_MANAGER, other.township().path()), rows).statusCode(422)
                .body("violations[0].field", equalTo("rows[1].villageId"));
        importAs(as("viewer", Roles.VIEWER, t.township().path()), rows).statusCode(403);
        importAs(as("script", Roles.INTEGRATION, t.township().path()), rows).statusCode(200)
                .body("imported", equalTo(1));
        asAdmin().queryParam("orgUnitId", t.village().id()).get(CADRES).then()
                .body("items[0].createdBy", equalTo("script")).body("items[0].stageOn", equalTo("2020-03-02"))
                .body("items[0].election", nullValue());
    }

    private static JsonPath stats(Fixtures.Tree t, int year, String asOf) {
        var request = asAdmin().queryParam("orgUnitId", t.district().id()).queryParam("year", year);
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.get(STATS).then().statusCode(200).extract().jsonPath();
    }

    /** recommended, reachedReserve, inPool, admittedProbationary, becameFullMember, enteredCommittees, removed. */
    private static void counts(JsonPath stats, String path, long... expected) {
        String[] names = {"recommended", "reachedReserve", "inPool", "admittedProbationary", "becameFullMember",
            "enteredCommittees", "removed"};
        for (int i = 0; i < names.length; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(expected[i], stats.getLong(path + "." + names[i]), path + "." + names[i]);
        }
    }
}
