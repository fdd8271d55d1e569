package cn.shenyang.grassroots.cadre.overview;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.cadre.support.Ledger;
import cn.shenyang.grassroots.platform.testing.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The overview's cadre sections are what the four endpoints answer for the same subtree and period, no more. */
@QuarkusTest
class ReserveCadreOverviewResourceTest {
    private static final String OVERVIEW = "/api/v1/reserve-cadre-overview";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void eachSectionIsItsOwnEndpointsAnswerForTheYear() {
        TestClock.set(LocalDate.of(2026, 11, 28));
        Fixtures.Unit district = Fixtures.unit(Fixtures.root(), "DISTRICT");
        Fixtures.Unit town = Fixtures.unit(district, "TOWN");
        Fixtures.Unit pooledVillage = Fixtures.unit(town, "VILLAGE");
        Fixtures.Unit emptyVillage = Fixtures.unit(town, "VILLAGE");
        Fixtures.unit(town, "VILLAGE");
        Ledger.importAsAdmin(List.of(Ledger.pooled(pooledVillage.id(), LocalDate.of(2025, 3, 2)),
                Ledger.pooled(pooledVillage.id(), LocalDate.of(2024, 5, 6)),
                Ledger.recommended(emptyVillage.id(), LocalDate.of(2025, 9, 1)))).statusCode(200);
        asAdmin().contentType(ContentType.JSON).body(Map.of("personName", Fixtures.unique("下沉干部"), "source", "PUBLIC_SELECTION",
                        "rank", "STAFF", "fromUnit", "区发改局", "orgUnitId", town.id().toString(), "startsOn", "2025-04-01"))
                .post("/api/v1/cadre-postings").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(Map.of("kind", "MASS_TESTING", "orgUnitId", town.id().toString(),
                        "post", Fixtures.unique("岗位"), "place", "镇卫生院", "shift", "ROTATING", "headcount", 40,
                        "startsOn", "2025-12-20", "endsOn", "2026-01-05"))
                .post("/api/v1/duty-deployments").then().statusCode(201);

        String q = "?orgUnitId=" + district.id();
        JsonPath overview = asAdmin().get(OVERVIEW + q + "&year=2025").then().statusCode(200)
                .body("orgUnitId", equalTo(district.id().toString()))
                .body("periodStart", equalTo("2025-01-01"))
                .body("periodEnd", equalTo("2025-12-31"))
                .body("reserveCadres.recommended", equalTo(2))
                .body("reserveCadres.inPool", equalTo(2))
                .body("coverage.villages", equalTo(3))
                .body("coverage.villagesWithoutPoolMember.count", equalTo(2))
                .body("coverage.villagesWithoutPoolMember.items.size()", equalTo(0))
                .body("cadrePostings.startedInYear.total", equalTo(1))
                .body("dutyDeployments.headcount", equalTo(40))
                .extract().jsonPath();

        assertEquals(get("/api/v1/reserve-cadre-stats" + q + "&year=2025").getMap("totals"), overview.getMap("reserveCadres"));
        assertEquals(get("/api/v1/cadre-postings/counts" + q + "&year=2025&activeOn=2025-12-31").getMap(""),
                overview.getMap("cadrePostings"));
        assertEquals(get("/api/v1/duty-deployments/counts" + q + "&from=2025-01-01&to=2025-12-31").getMap(""),
                overview.getMap("dutyDeployments"));
        JsonPath coverage = get("/api/v1/reserve-cadre-coverage" + q + "&asOf=2025-12-31");
        assertEquals(coverage.getLong("villages"), overview.getLong("coverage.villages"));
        assertEquals(coverage.getLong("poolMembers"), overview.getLong("coverage.poolMembers"));
        for (String gap : List.of("villagesWithoutPoolMember", "withoutTownshipMentor", "withoutVillageMentor",
                "withoutTownshipRotation", "withoutVillageDirected")) {
            assertEquals(coverage.getLong(gap + ".count"), overview.getLong("coverage." + gap + ".count"), gap);
        }

        // a running year ends today
        asAdmin().get(OVERVIEW + q + "&year=2026").then().statusCode(200)
                .body("periodEnd", equalTo("2026-11-28"))
                .body("reserveCadres.recommended", equalTo(0))
                .body("reserveCadres.inPool", equalTo(2))
                .body("dutyDeployments.headcount", equalTo(40));
    }

    @Test
    void badInputIsA400AndOtherRolesAndScopesAreRefused() {
        TestClock.set(LocalDate.of(2026, 11, 28));
        Fixtures.Unit district = Fixtures.unit(Fixtures.root(), "DISTRICT");
        String q = "?orgUnitId=" + district.id();
        asAdmin().get(OVERVIEW + "?year=2025").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().get(OVERVIEW + q).then().statusCode(400).body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + "?orgUnitId=not-a-uuid&year=2025").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().get(OVERVIEW + q + "&year=abc").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + q + "&year=2027").then().statusCode(400).body("violations[0].field", equalTo("year"));
        asAdmin().get(OVERVIEW + q + "&year=2025&asOf=2025-06-01").then().statusCode(400)
                .contentType("application/problem+json");
        as("viewer-elsewhere", Roles.VIEWER, "999999").get(OVERVIEW + q + "&year=2025").then().statusCode(400)
                .body("violations[0].field", equalTo("orgUnitId"));
        as("liaison", Roles.DEPARTMENT_LIAISON, district.path()).get(OVERVIEW + q + "&year=2025").then().statusCode(403);
    }

    private static JsonPath get(String url) {
        return asAdmin().get(url).then().statusCode(200).extract().jsonPath();
    }
}
