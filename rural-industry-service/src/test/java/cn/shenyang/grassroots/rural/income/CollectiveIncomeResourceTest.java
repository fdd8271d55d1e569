package cn.shenyang.grassroots.rural.income;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.rural.support.Fixtures.act;
import static cn.shenyang.grassroots.rural.support.Fixtures.amounts;
import static cn.shenyang.grassroots.rural.support.Fixtures.createIncome;
import static cn.shenyang.grassroots.rural.support.Fixtures.income;
import static cn.shenyang.grassroots.rural.support.Fixtures.step;
import static cn.shenyang.grassroots.rural.support.Fixtures.tree;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Fixtures;
import cn.shenyang.grassroots.platform.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A return reported, reviewed by its township, confirmed by the county level, corrected as a new revision. */
@QuarkusTest
class CollectiveIncomeResourceTest {
    private static final String INCOMES = "/api/v1/collective-incomes";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aReturnIsReportedWithItsAmountsBySourceInYuan() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = income(t.village().id(), 2020, amounts("30000.5", 12000, "0.25"));
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", "report-" + t.village().id()).body(body)
                .post(INCOMES).then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString(INCOMES + "/"))
                .body("status", equalTo("REPORTED"))
                .body("statusOn", equalTo("2021-01-15"))
                .body("reportedOn", equalTo("2021-01-15"))
                .body("currentRevision", equalTo(1))
                .body("amounts.land", equalTo(30000.50f))
                .body("amounts.other", equalTo(0.00f))
                .body("total", equalTo(42000.75f))
                .body("confirmedRevision", nullValue())
                .body("createdBy", equalTo("admin"));
        // money travels with exactly two decimals
        String raw = asAdmin().queryParam("orgUnitId", t.village().id()).get(INCOMES).asString();
        org.junit.jupiter.api.Assertions.assertTrue(raw.contains("\"land\":30000.50") && raw.contains("\"total\":42000.75")
                && raw.contains("\"other\":0.00"), raw);
        // the same key and body replay the first answer instead of reporting twice
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", "report-" + t.village().id()).body(body)
                .post(INCOMES).then().statusCode(201).header("Idempotent-Replayed", "true");
        asAdmin().queryParam("orgUnitId", t.village().id()).get(INCOMES).then().body("totalItems", equalTo(1));
    }

    @Test
    void oneReturnPerVillageAndYear() {
        Fixtures.Tree t = tree();
        String first = createIncome(t.village().id(), 2019, amounts(1, 0, 0));
        asAdmin().contentType(ContentType.JSON).body(income(t.village().id(), 2019, amounts(2, 0, 0))).post(INCOMES)
                .then().statusCode(409).body("type", equalTo("urn:grassroots:problem:conflict"))
                .body("detail", containsString(first)).body("detail", containsString("AMEND"));
        createIncome(t.village().id(), 2020, amounts(2, 0, 0));
    }

    @Test
    void amountsAreNeverNegativeNorFinerThanAFen() {
        Fixtures.Tree t = tree();
        asAdmin().contentType(ContentType.JSON).body(income(t.village().id(), 2020, amounts(-1, 0, 0))).post(INCOMES)
                .then().statusCode(400).body("violations[0].field", equalTo("amounts.land"));
        asAdmin().contentType(ContentType.JSON).body(income(t.village().id(), 2020, amounts(0, "1.005", 0))).post(INCOMES)
                .then().statusCode(400).body("violations[0].field", equalTo("amounts.enclave"));
        asAdmin().contentType(ContentType.JSON).body(income(t.village().id(), 2020, amounts(0, 0, "100000000000")))
                .post(INCOMES).then().statusCode(400).body("violations[0].field", equalTo("amounts.capablePerson"));
        asAdmin().queryParam("orgUnitId", t.village().id()).get(INCOMES).then().body("totalItems", equalTo(0));
    }

    @Test
    void aReturnIsDatedInItsYearOrLaterAndNeverInTheFuture() {
        Fixtures.Tree t = tree();
        TestClock.set(LocalDate.of(2021, 3, 1));
        Map<String, Object> body = income(t.village().id(), 2020, amounts(1, 0, 0));
        body.put("reportedOn", "2019-12-31");
        asAdmin().contentType(ContentType.JSON).body(body).post(INCOMES).then().statusCode(400)
                .body("violations[0].field", equalTo("reportedOn"))
                .body("violations[0].message", containsString("2020-01-01"));
        body.put("reportedOn", "2021-03-02");
        asAdmin().contentType(ContentType.JSON).body(body).post(INCOMES).then().statusCode(400)
                .body("violations[0].message", containsString("future"));
        body.put("year", 2022);
        body.put("reportedOn", null);
        asAdmin().contentType(ContentType.JSON).body(body).post(INCOMES).then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        body.put("year", 2020);
        asAdmin().contentType(ContentType.JSON).body(body).post(INCOMES).then().statusCode(201)
                .body("reportedOn", equalTo("2021-03-01"));
    }

    @Test
    void theTownshipReviewsTheCountyLevelConfirmsAndTheVillageCannotDoEither() {
        Fixtures.Tree t = tree();
        String id = createIncome(t.village().id(), 2020, amounts(60000, 0, 0));
        act(t.manager(t.village()), id, step("REVIEW")).statusCode(409)
                .body("type", equalTo("urn:grassroots:problem:invalid-transition"))
                .body("detail", containsString("one level above"));
        t.manager(t.village()).get(INCOMES + "/" + id + "/allowed-actions").then().statusCode(200)
                .body("actions.action", contains("REVIEW", "RETURN", "AMEND"))
                .body("actions.available", contains(false, false, true))
                .body("actions[0].requiredReach", equalTo("PARENT"));
        act(t.manager(t.township()), id, step("REVIEW", "occurredOn", "2021-01-10")).statusCode(400)
                .body("violations[0].field", equalTo("occurredOn"))
                .body("violations[0].message", containsString("2021-01-15"));
        act(t.manager(t.township()), id, step("REVIEW", "occurredOn", "2021-01-20")).statusCode(200)
                .body("status", equalTo("TOWNSHIP_REVIEWED")).body("updatedBy", equalTo("manager-town"));
        act(t.manager(t.township()), id, step("CONFIRM")).statusCode(409).body("detail", containsString("two levels"));
        act(t.manager(t.county()), id, step("CONFIRM", "occurredOn", "2021-02-01", "evidenceRef", "县委组织部审定"))
                .statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("confirmedRevision", equalTo(1)).body("confirmedTotal", equalTo(60000.00f));
        asAdmin().get(INCOMES + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("REPORT", "REVIEW", "CONFIRM"))
                .body("items.occurredOn", contains("2021-01-15", "2021-01-20", "2021-02-01"))
                .body("items.recordedBy", contains("admin", "manager-town", "manager-county_city"))
                .body("items[2].evidenceRef", equalTo("县委组织部审定"));
    }

    @Test
    void aReturnedReturnIsAmendedAsANewRevisionAndReviewedAgain() {
        Fixtures.Tree t = tree();
        String id = createIncome(t.village().id(), 2020, amounts(60000, 0, 0));
        act(asAdmin(), id, step("RETURN")).statusCode(400).body("violations[0].field", equalTo("reason"));
        act(asAdmin(), id, step("RETURN", "reason", "土地流转收入缺少合同", "occurredOn", "2021-01-16")).statusCode(200)
                .body("status", equalTo("RETURNED"));
        act(asAdmin(), id, step("AMEND", "occurredOn", "2021-01-18")).statusCode(400)
                .body("violations[0].field", equalTo("amounts"));
        act(asAdmin(), id, step("AMEND", "occurredOn", "2021-01-18", "amounts", amounts(55000, 0, 0))).statusCode(200)
                .body("status", equalTo("REPORTED")).body("currentRevision", equalTo(2)).body("total", equalTo(55000.00f))
                .body("reportedOn", equalTo("2021-01-18"));
        asAdmin().get(INCOMES + "/" + id + "/revisions").then()
                .body("items.revision", contains(1, 2)).body("items.total", contains(60000.00f, 55000.00f))
                .body("items.current", contains(false, true)).body("items.counted", contains(false, false));
    }

    @Test
    void aConfirmedReturnChangesOnlyThroughACorrectionThatKeepsTheConfirmedFigureCountingUntilItIsConfirmed() {
        Fixtures.Tree t = tree();
        String id = createIncome(t.village().id(), 2020, amounts(60000, 0, 0));
        Fixtures.confirm(id, "2021-01-20", "2021-02-01");
        act(asAdmin(), id, step("AMEND", "amounts", amounts(1, 0, 0))).statusCode(409)
                .body("detail", containsString("only by CORRECT"));
        act(asAdmin(), id, step("CORRECT", "amounts", amounts(61000, 0, 0))).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        act(asAdmin(), id, step("CORRECT", "reason", "x", "amounts", amounts(60000, 0, 0))).statusCode(400)
                .body("violations[0].message", containsString("confirmed revision 1"));
        act(asAdmin(), id, step("CORRECT", "reason", "审计发现漏记租金", "occurredOn", "2021-06-01",
                "amounts", amounts(60000, 0, 0, "assetLeasing", "1500.40"))).statusCode(200)
                .body("status", equalTo("REPORTED")).body("currentRevision", equalTo(2))
                .body("total", equalTo(61500.40f)).body("confirmedRevision", equalTo(1))
                .body("confirmedTotal", equalTo(60000.00f));
        asAdmin().get(INCOMES + "/" + id + "/revisions").then()
                .body("items.reason", contains(nullValue(), equalTo("审计发现漏记租金")))
                .body("items.confirmedOn", contains("2021-02-01", null))
                .body("items.counted", contains(true, false));
        Fixtures.confirm(id, "2021-06-10", "2021-06-20");
        asAdmin().get(INCOMES + "/" + id).then().body("confirmedRevision", equalTo(2))
                .body("confirmedTotal", equalTo(61500.40f));
        asAdmin().get(INCOMES + "/" + id + "/history").then()
                .body("items.action", contains("REPORT", "REVIEW", "CONFIRM", "CORRECT", "REVIEW", "CONFIRM"))
                .body("items.revision", contains(1, 1, 1, 2, 2, 2))
                .body("items[3].reason", equalTo("审计发现漏记租金"));
    }

    @Test
    void stepsNeedTheCurrentETag() {
        Fixtures.Tree t = tree();
        String id = createIncome(t.village().id(), 2020, amounts(1, 0, 0));
        asAdmin().contentType(ContentType.JSON).body(step("REVIEW")).post(INCOMES + "/" + id + "/actions").then()
                .statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(step("REVIEW"))
                .post(INCOMES + "/" + id + "/actions").then().statusCode(412)
                .body("type", equalTo("urn:grassroots:problem:precondition-failed"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(step("REVIEW"))
                .post(INCOMES + "/" + id + "/actions").then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void anotherSubtreesReturnsAreInvisibleAndListsAreLimited() {
        Fixtures.Tree mine = tree();
        Fixtures.Tree theirs = tree();
        String my = createIncome(mine.village().id(), 2020, amounts(1, 0, 0));
        String their = createIncome(theirs.village().id(), 2020, amounts(1, 0, 0));
        var me = mine.manager(mine.county());
        me.get(INCOMES + "/" + their).then().statusCode(404).body("type", equalTo("urn:grassroots:problem:not-found"));
        mine.manager(mine.county()).get(INCOMES + "/" + their + "/history").then().statusCode(404);
        mine.manager(mine.county()).get(INCOMES + "/" + their + "/revisions").then().statusCode(404);
        mine.manager(mine.county()).get(INCOMES + "/" + their + "/allowed-actions").then().statusCode(404);
        mine.manager(mine.county()).contentType(ContentType.JSON).header("If-Match", "*").body(step("REVIEW"))
                .post(INCOMES + "/" + their + "/actions").then().statusCode(404);
        mine.manager(mine.county()).get(INCOMES).then().statusCode(200).body("items.id", contains(my));
        mine.manager(mine.county()).contentType(ContentType.JSON).body(income(theirs.village().id(), 2021, amounts(1, 0, 0)))
                .post(INCOMES).then().statusCode(400).body("violations[0].field", equalTo("villageId"));
        mine.manager(mine.county()).queryParam("orgUnitId", theirs.county().id()).get(INCOMES).then().statusCode(400)
                .body("violations[0].field", equalTo("orgUnitId"));
        as("viewer", Roles.VIEWER, mine.county().path()).get(INCOMES + "/" + my).then().statusCode(200);
        as("viewer", Roles.VIEWER, mine.county().path()).contentType(ContentType.JSON).header("If-Match", "*")
                .body(step("REVIEW")).post(INCOMES + "/" + my + "/actions").then().statusCode(403);
        as("nobody", Roles.VIEWER, null).get(INCOMES).then().statusCode(200).body("totalItems", equalTo(0));
        asAdmin().get(INCOMES + "/" + their).then().statusCode(200).body("status", startsWith("REPORTED"));
    }
}
