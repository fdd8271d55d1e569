package cn.shenyang.grassroots.cadre.training;

import static cn.shenyang.grassroots.cadre.support.Fixtures.createCadre;
import static cn.shenyang.grassroots.cadre.support.Fixtures.toReserve;
import static cn.shenyang.grassroots.cadre.support.Fixtures.tree;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
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

@QuarkusTest
class TrainingResourceTest {
    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static String train(String cadreId, String kind, String startsOn, double hours) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("cadreId", cadreId, "kind", kind, "title", Fixtures.unique("培训"), "startsOn", startsOn,
                        "endsOn", startsOn, "hours", hours))
                .post("/api/v1/training-records").then().statusCode(201).extract().path("id");
    }

    @Test
    void theLedgerIsTotalledPerCadreAndPerYearForASubtree() {
        Fixtures.Tree t = tree();
        TestClock.set(LocalDate.of(2025, 3, 2));
        String a = createCadre(t.village().id());
        toReserve(a, LocalDate.of(2025, 3, 2));
        TestClock.set(LocalDate.of(2025, 3, 2));
        String b = createCadre(t.village().id());
        toReserve(b, LocalDate.of(2025, 3, 2));

        train(a, "TOWNSHIP_ROTATION", "2025-04-01", 16);
        train(a, "VILLAGE_DIRECTED", "2025-05-01", 8.5);
        train(a, "EXPERT_LECTURE", "2025-06-01", 3);
        train(a, "DEGREE_STUDY", "2026-01-10", 40);
        train(b, "TOWNSHIP_ROTATION", "2025-04-01", 16);
        train(b, "TOWNSHIP_ROTATION", "2025-09-01", 12.5);

        asAdmin().get("/api/v1/reserve-cadres/" + a + "/training-totals").then().statusCode(200)
                .body("sessions", equalTo(4))
                .body("hours", equalTo(67.5f))
                .body("byKind.kind", contains("TOWNSHIP_ROTATION", "VILLAGE_DIRECTED", "DEGREE_STUDY", "EXPERT_LECTURE"))
                .body("byYear.year", contains(2025, 2026))
                .body("byYear[0].hours", equalTo(27.5f))
                .body("byYear[1].byKind[0].track", equalTo("X"));

        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("year", 2025).get("/api/v1/training-totals")
                .then().statusCode(200)
                .body("cadresTrained", equalTo(2))
                .body("sessions", equalTo(5))
                .body("hours", equalTo(56.0f))
                .body("cadresWithFullOnePlusOnePlusX", equalTo(1))
                .body("byKind.find { it.kind == 'TOWNSHIP_ROTATION' }.hours", equalTo(44.5f))
                .body("byKind.find { it.kind == 'TRIAL_POST' }.sessions", equalTo(0));
        asAdmin().queryParam("orgUnitId", t.township().id()).get("/api/v1/training-totals").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        asAdmin().queryParam("cadreId", a).queryParam("year", 2025).queryParam("sort", "hours")
                .get("/api/v1/training-records").then()
                .body("totalItems", equalTo(3)).body("items.hours", contains(3.0f, 8.5f, 16.0f));

        Fixtures.Tree other = tree();
        as("viewer", Roles.VIEWER, other.district().path()).get("/api/v1/reserve-cadres/" + a + "/training-totals")
                .then().statusCode(404);
        as("viewer", Roles.VIEWER, other.district().path()).queryParam("orgUnitId", t.township().id()).queryParam("year", 2025)
                .get("/api/v1/training-totals").then().statusCode(400);
        as("viewer", Roles.VIEWER, t.district().path()).queryParam("orgUnitId", t.township().id()).queryParam("year", 2025)
                .get("/api/v1/training-totals").then().statusCode(200).body("cadresTrained", equalTo(2));
    }

    @Test
    void entriesAreValidatedAndCorrectedWithIfMatch() {
        Fixtures.Tree t = tree();
        TestClock.set(LocalDate.of(2025, 3, 2));
        String a = createCadre(t.village().id());
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("cadreId", a, "kind", "TOWNSHIP_ROTATION", "title", "轮训", "startsOn", "2025-04-01",
                        "endsOn", "2025-04-01", "hours", 8))
                .post("/api/v1/training-records").then().statusCode(409);
        toReserve(a, LocalDate.of(2025, 3, 2));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("cadreId", a, "kind", "SEMINAR", "title", "x", "startsOn", "2025-04-01",
                        "endsOn", "2025-04-01", "hours", 8))
                .post("/api/v1/training-records").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("cadreId", a, "kind", "TRIAL_POST", "title", "x", "startsOn", "2025-04-02",
                        "endsOn", "2025-04-01", "hours", 8))
                .post("/api/v1/training-records").then().statusCode(400).body("violations[0].field", equalTo("endsOn"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("cadreId", a, "kind", "TRIAL_POST", "title", "x", "startsOn", "2025-04-01",
                        "endsOn", "2025-04-01", "hours", 0))
                .post("/api/v1/training-records").then().statusCode(400).body("violations[0].field", equalTo("hours"));
        String id = train(a, "TEMPORARY_POST", "2025-04-01", 80);
        Map<String, Object> fix = Map.of("kind", "TEMPORARY_POST", "title", "镇机关挂职", "startsOn", "2025-04-01",
                "endsOn", "2025-04-30", "hours", 120);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fix)
                .put("/api/v1/training-records/" + id).then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(fix)
                .put("/api/v1/training-records/" + id).then().statusCode(200).body("hours", equalTo(120.0f))
                .body("track", equalTo("X")).header("ETag", equalTo("\"1\""));
    }
}
