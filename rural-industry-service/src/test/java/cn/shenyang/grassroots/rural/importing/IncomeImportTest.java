package cn.shenyang.grassroots.rural.importing;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import cn.shenyang.grassroots.rural.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yearly returns from CSV: all or nothing, a report per row, the same file sent twice, the steps' reach. */
@QuarkusTest
class IncomeImportTest {
    private static final String IMPORT = "/api/v1/collective-incomes/import";
    private static final String HEADER = "villageId,year,land,enclave,capablePerson,assetLeasing,service,other,evidenceRef,"
            + "reportedOn,reviewedOn,confirmedOn\n";

    static ValidatableResponse send(RequestSpecification who, String csv) {
        return who.contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORT).then();
    }

    @Test
    void threeHundredThirtyFiveVillagesTimesTenYearsInOneFileWithinTenSeconds() {
        Fixtures.Unit county = Fixtures.unit(Fixtures.root(), "COUNTY_CITY");
        List<Fixtures.Unit> villages = new ArrayList<>();
        for (int t = 0; t < 28; t++) {
            Fixtures.Unit town = Fixtures.unit(county, "TOWN");
            for (int v = 0; v < (t < 27 ? 12 : 11); v++) {
                villages.add(Fixtures.unit(town, "VILLAGE"));
            }
        }
        assertEquals(335, villages.size());
        StringBuilder csv = new StringBuilder(HEADER);
        for (Fixtures.Unit v : villages) {
            for (int year = 2011; year <= 2020; year++) {
                csv.append(v.id()).append(',').append(year).append(",30000.50,1000,0,,2000.25,,新民市村集体经济台账,")
                        .append(year + 1).append("-01-10,").append(year + 1).append("-01-20,").append(year + 1)
                        .append("-02-01\n");
            }
        }
        long started = System.nanoTime();
        JsonPath report = send(asAdmin(), csv.toString()).statusCode(200).extract().jsonPath();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(3350, report.getInt("imported"));
        assertEquals(3350, report.getInt("importedByStatus.CONFIRMED"));
        assertEquals(3350, report.getList("rows").size());
        assertEquals("IMPORTED", report.getString("rows[0].outcome"));
        assertTrue(seconds <= 10, "3,350 rows in at most 10 s; took " + seconds);
        JsonPath stats = new JsonPath(asAdmin().queryParam("orgUnitId", county.id()).queryParam("year", 2020)
                .get("/api/v1/collective-income-stats").then().statusCode(200).extract().asString())
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(335, stats.getInt("figures.villagesReporting"));
        assertEquals(new BigDecimal("11055251.25"), stats.get("figures.totalIncome"));
        assertEquals(new BigDecimal("670083.75"), stats.get("figures.totalBySource.service"));
        assertEquals(new BigDecimal("33000.75"), stats.get("figures.medianIncome"));
        String id = report.getString("rows[5].incomeId");
        asAdmin().get("/api/v1/collective-incomes/" + id + "/history").then()
                .body("items.action", equalTo(List.of("REPORT", "REVIEW", "CONFIRM")))
                .body("items.occurredOn", equalTo(List.of("2017-01-10", "2017-01-20", "2017-02-01")));
        // the same file again stores nothing and says so row by row
        JsonPath again = send(asAdmin(), csv.toString()).statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("imported"));
        assertEquals(3350, again.getInt("alreadyPresent"));
        assertEquals("ALREADY_PRESENT", again.getString("rows[5].outcome"));
        assertEquals(id, again.getString("rows[5].incomeId"));
    }

    @Test
    void oneBadRowStoresNothingAndEveryBadFieldIsReported() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit other = Fixtures.unit(t.township(), "VILLAGE");
        String csv = HEADER
                + t.village().id() + ",2019,100,,,,,,,2020-01-10,,\n"
                + t.village().id() + ",2019,100,,,,,,,2020-01-10,,\n"                       // same village and year
                + other.id() + ",2020,-5,1.001,abc,,,,,2021-01-10,2021-01-05,\n"           // negative, 3 decimals, not a number, reviewed before reported
                + other.id() + ",2018,1,,,,,,,2017-12-31,,2019-01-01\n"                    // reported before the year; confirmed without review
                + t.township().id() + ",2019,1,,,,,,,,,\n"                                 // not a village
                + "not-a-uuid,20x9,,,,,,,,,,\n";
        send(asAdmin(), csv).statusCode(422).body("type", equalTo("urn:grassroots:problem:unprocessable"))
                .body("violations.field", hasItem("rows[2].year"))
                .body("violations.field", hasItem("rows[3].land"))
                .body("violations.field", hasItem("rows[3].enclave"))
                .body("violations.field", hasItem("rows[3].capablePerson"))
                .body("violations.field", hasItem("rows[4].reportedOn"))
                .body("violations.field", hasItem("rows[4].confirmedOn"))
                .body("violations.field", hasItem("rows[5].villageId"))
                .body("violations.field", hasItem("rows[6].villageId"))
                .body("violations.field", hasItem("rows[6].year"));
        asAdmin().queryParam("orgUnitId", t.township().id()).get("/api/v1/collective-incomes").then()
                .body("totalItems", equalTo(0));
        send(asAdmin(), "villageId,year,colour\n" + t.village().id() + ",2019,red\n").statusCode(422)
                .body("violations[0].field", equalTo("rows[1].colour"));
        send(asAdmin(), "villageId,year\n").statusCode(400).body("violations[0].field", equalTo("body"));
        // an unclosed quote is the file's fault, not a 500
        send(asAdmin(), HEADER + t.village().id() + ",2019,100,,,,,,,2020-01-10,,\n\"unclosed,2019\n").statusCode(422)
                .body("violations.field", equalTo(java.util.List.of("rows[2].line")));
    }

    @Test
    void aRowWithOtherAmountsThanTheStoredReturnIsRefusedInFavourOfACorrection() {
        Fixtures.Tree t = Fixtures.tree();
        send(asAdmin(), HEADER + t.village().id() + ",2019,100,,,,,,,2020-01-10,,\n").statusCode(200);
        send(asAdmin(), HEADER + t.village().id() + ",2019,100.00,0,,,,,,2020-01-10,,\n").statusCode(200)
                .body("alreadyPresent", equalTo(1)).body("rows[0].status", equalTo("REPORTED"));
        send(asAdmin(), HEADER + t.village().id() + ",2019,101,,,,,,,2020-01-10,,\n").statusCode(422)
                .body("violations[0].field", equalTo("rows[1].year"))
                .body("violations[0].message", containsString("CORRECT"));
    }

    @Test
    void eachImportedStepNeedsTheReachItsOneByOneStepNeeds() {
        Fixtures.Tree t = Fixtures.tree();
        RequestSpecification town = TestTokens.as("town", Roles.ORG_MANAGER, t.township().path());
        String row = t.village().id() + ",2019,100,,,,,,,2020-01-10,2020-01-20,2020-02-01\n";
        send(town, HEADER + row).statusCode(422).body("violations[0].field", equalTo("rows[1].confirmedOn"))
                .body("violations[0].message", containsString("two levels"));
        send(town, HEADER + t.village().id() + ",2019,100,,,,,,,2020-01-10,2020-01-20,\n").statusCode(200)
                .body("importedByStatus.TOWNSHIP_REVIEWED", equalTo(1));
        send(TestTokens.as("village", Roles.ORG_MANAGER, t.village().path()),
                HEADER + t.village().id() + ",2020,100,,,,,,,2021-01-10,,\n").statusCode(200);
        send(TestTokens.as("script", Roles.INTEGRATION, null), HEADER + t.village().id() + ",2018,1,,,,,,,2019-01-10,2019-01-11,"
                + "2019-01-12\n").statusCode(200).body("importedByStatus.CONFIRMED", equalTo(1));
        send(TestTokens.as("viewer", Roles.VIEWER, t.county().path()), HEADER + row).statusCode(403);
        Fixtures.Tree elsewhere = Fixtures.tree();
        send(town, HEADER + elsewhere.village().id() + ",2019,1,,,,,,,2020-01-10,,\n").statusCode(422)
                .body("violations[0].field", equalTo("rows[1].villageId"));
    }
}
