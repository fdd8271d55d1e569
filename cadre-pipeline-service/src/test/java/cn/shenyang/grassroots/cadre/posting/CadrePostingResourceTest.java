package cn.shenyang.grassroots.cadre.posting;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
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
class CadrePostingResourceTest {
    private static final String POSTINGS = "/api/v1/cadre-postings/";

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static Map<String, Object> posting(Fixtures.Unit unit, String source, String rank, String startsOn, String endsOn) {
        Map<String, Object> body = new HashMap<>(Map.of("personName", Fixtures.unique("下沉干部"), "source", source,
                "rank", rank, "fromUnit", "区发改局", "orgUnitId", unit.id().toString(), "startsOn", startsOn));
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        return body;
    }

    static String create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(POSTINGS).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void intakesOfAYearAreCountedBesideThePostingsRunningOnADay() {
        Fixtures.Unit district = Fixtures.unit(Fixtures.root(), "DISTRICT");
        Fixtures.Unit a = Fixtures.unit(district, "SUBDISTRICT");
        Fixtures.Unit community = Fixtures.unit(a, "COMMUNITY");
        Fixtures.Unit b = Fixtures.unit(district, "SUBDISTRICT");
        // 2020 intakes: 3 by open selection (one to a community of a, one ended that year), 2 promoted, 1 stationed
        create(posting(a, "PUBLIC_SELECTION", "STAFF", "2020-03-01", null));
        String toCommunity = create(posting(community, "PUBLIC_SELECTION", "STAFF", "2020-03-01", null));
        create(posting(b, "PUBLIC_SELECTION", "STAFF", "2020-03-01", "2020-10-31"));
        create(posting(a, "NEWLY_PROMOTED", "DEPUTY_SECTION_CHIEF", "2020-05-01", null));
        create(posting(b, "NEWLY_PROMOTED", "SECTION_CHIEF", "2020-06-01", null));
        create(posting(b, "SERVICE_CENTRE_STATIONED", "STAFF", "2020-02-01", "2021-06-30"));
        // not 2020 intakes: stationed since 2019, seconded in 2021
        create(posting(a, "SERVICE_CENTRE_STATIONED", "STAFF", "2019-09-01", null));
        create(posting(b, "DEPARTMENT_SECONDMENT", "SECTION_CHIEF", "2021-01-01", null));

        asAdmin().get(POSTINGS + toCommunity).then().body("orgUnitId", equalTo(community.id().toString()))
                .body("managingUnitId", equalTo(a.id().toString()));
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("year", 2020).queryParam("activeOn", "2020-12-31")
                .get(POSTINGS + "counts").then().statusCode(200)
                .body("year", equalTo(2020))
                .body("startedInYear.total", equalTo(6))
                .body("startedInYear.bySource.PUBLIC_SELECTION", equalTo(3))
                .body("startedInYear.bySource.NEWLY_PROMOTED", equalTo(2))
                .body("startedInYear.bySource.SERVICE_CENTRE_STATIONED", equalTo(1))
                .body("startedInYear.bySource.DEPARTMENT_SECONDMENT", nullValue())
                .body("startedInYear.byRank.STAFF", equalTo(4))
                .body("startedInYear.byUnit", hasSize(2))
                .body("startedInYear.byUnit.find { it.orgUnitId == '" + a.id() + "' }.total", equalTo(3))
                .body("startedInYear.byUnit.find { it.orgUnitId == '" + a.id() + "' }.name", equalTo(a.name()))
                .body("startedInYear.byUnit.find { it.orgUnitId == '" + a.id() + "' }.bySource.PUBLIC_SELECTION", equalTo(2))
                .body("startedInYear.byUnit.find { it.orgUnitId == '" + b.id() + "' }.bySource.SERVICE_CENTRE_STATIONED", equalTo(1))
                .body("runningOn.total", equalTo(6))
                .body("runningOn.bySource.SERVICE_CENTRE_STATIONED", equalTo(2))
                .body("runningOn.bySource.PUBLIC_SELECTION", equalTo(2))
                .body("runningOn.byUnit.find { it.orgUnitId == '" + b.id() + "' }.total", equalTo(2));
        asAdmin().queryParam("orgUnitId", b.id()).queryParam("activeOn", "2021-06-01").get(POSTINGS + "counts")
                .then().body("year", equalTo(2021))
                .body("startedInYear.total", equalTo(1)).body("startedInYear.bySource.DEPARTMENT_SECONDMENT", equalTo(1))
                .body("runningOn.total", equalTo(3));
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("source", "PUBLIC_SELECTION")
                .queryParam("activeOn", "2021-01-01").get(POSTINGS).then().body("totalItems", equalTo(2));
        asAdmin().get(POSTINGS + "counts").then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        // postings go to township-level units or below them, and name no managing committee in words
        asAdmin().contentType(ContentType.JSON).body(posting(district, "TEMPORARY_POST", "STAFF", "2020-01-01", null))
                .post(POSTINGS).then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        Map<String, Object> free = posting(a, "TEMPORARY_POST", "STAFF", "2020-01-01", null);
        free.put("managingCommittee", "某某街道党工委");
        asAdmin().contentType(ContentType.JSON).body(free).post(POSTINGS).then().statusCode(400)
                .body("violations[0].field", equalTo("managingCommittee"));
        asAdmin().contentType(ContentType.JSON).body(posting(a, "PUBLIC_RECRUITMENT", "STAFF", "2020-01-01", null))
                .post(POSTINGS).then().statusCode(400).body("violations[0].field", equalTo("source"));
        asAdmin().contentType(ContentType.JSON).body(posting(a, "TEMPORARY_POST", "STAFF", "2020-01-01", "2019-01-01"))
                .post(POSTINGS).then().statusCode(400).body("violations[0].field", equalTo("endsOn"));
    }

    @Test
    void theUpliftIsForRunningSubdistrictPostingsAgainstTheConfiguredSameRankBonus() {
        TestClock.set(LocalDate.of(2026, 11, 28));
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit street = Fixtures.unit(t.district(), "SUBDISTRICT");
        String id = create(posting(street, "NEWLY_PROMOTED", "SECTION_CHIEF", "2020-01-01", null));
        asAdmin().get(POSTINGS + id + "/bonus-uplift").then().statusCode(200)
                .body("referenceBonus", equalTo(36000.00f))
                .body("upliftPercent", equalTo(10))
                .body("uplift", equalTo(3600.00f))
                .body("streetLevelBonus", equalTo(39600.00f))
                .body("bandMinPercent", equalTo(10))
                .body("bandMaxPercent", equalTo(14))
                .body("maxUplift", equalTo(5040.00f));
        asAdmin().queryParam("upliftPercent", "13.5").get(POSTINGS + id + "/bonus-uplift").then().statusCode(200)
                .body("uplift", equalTo(4860.00f));
        String staff = create(posting(Fixtures.unit(street, "COMMUNITY"), "PUBLIC_SELECTION", "STAFF", "2020-01-01", null));
        asAdmin().queryParam("upliftPercent", "13.5").get(POSTINGS + staff + "/bonus-uplift").then().statusCode(200)
                .body("referenceBonus", equalTo(30000.50f)).body("uplift", equalTo(4050.07f));
        asAdmin().queryParam("referenceBonus", "36000.50").queryParam("upliftPercent", "13.5")
                .get(POSTINGS + id + "/bonus-uplift").then().statusCode(200).body("uplift", equalTo(4860.07f));
        asAdmin().queryParam("upliftPercent", "15").get(POSTINGS + id + "/bonus-uplift").then().statusCode(400)
                .body("violations[0].field", equalTo("upliftPercent"))
                .body("violations[0].message", equalTo("must be within the configured band 10–14%"));
        asAdmin().queryParam("referenceBonus", "lots").get(POSTINGS + id + "/bonus-uplift").then().statusCode(400)
                .body("violations[0].field", equalTo("referenceBonus"));

        // not for a town, not for an ended posting, not without a reference for the rank
        String inTown = create(posting(t.township(), "NEWLY_PROMOTED", "SECTION_CHIEF", "2020-01-01", null));
        asAdmin().get(POSTINGS + inTown + "/bonus-uplift").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The street-level bonus uplift applies to postings in sub-districts (街道); "
                        + "this posting is in " + t.township().name() + ", a TOWN"));
        String ended = create(posting(street, "NEWLY_PROMOTED", "SECTION_CHIEF", "2020-01-01", "2026-11-27"));
        asAdmin().get(POSTINGS + ended + "/bonus-uplift").then().statusCode(409)
                .body("detail", containsString("ended on 2026-11-27"));
        String lastDay = create(posting(street, "NEWLY_PROMOTED", "SECTION_CHIEF", "2020-01-01", "2026-11-28"));
        asAdmin().get(POSTINGS + lastDay + "/bonus-uplift").then().statusCode(200);
        String chief = create(posting(street, "NEWLY_PROMOTED", "DIVISION_CHIEF", "2020-01-01", null));
        asAdmin().get(POSTINGS + chief + "/bonus-uplift").then().statusCode(409)
                .body("detail", containsString("cadre.bonus-uplift.reference-bonus.DIVISION_CHIEF"));
        as("other", Roles.VIEWER, Fixtures.tree().district().path()).get(POSTINGS + id + "/bonus-uplift").then()
                .statusCode(404);
    }

    @Test
    void personalDataIsMaskedForViewersAndUpdatesNeedIfMatch() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit street = Fixtures.unit(t.district(), "SUBDISTRICT");
        Map<String, Object> body = posting(street, "TEMPORARY_POST", "STAFF", "2020-01-01", null);
        String idNumber = Fixtures.idNumber(LocalDate.of(1988, 8, 8));
        body.put("idNumber", idNumber);
        body.put("phone", "13900001234");
        String id = create(body);
        as("viewer", Roles.VIEWER, t.district().path()).get(POSTINGS + id).then()
                .body("idNumber", equalTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .body("phone", equalTo("139****1234"));
        as("manager", Roles.ORG_MANAGER, t.district().path()).get(POSTINGS + id).then()
                .body("idNumber", equalTo(idNumber)).body("phone", equalTo("13900001234"));
        as("manager", Roles.ORG_MANAGER, Fixtures.tree().district().path()).get(POSTINGS + id).then().statusCode(404);

        body.remove("orgUnitId");
        body.put("endsOn", "2020-12-31");
        asAdmin().contentType(ContentType.JSON).body(body).put(POSTINGS + id).then().statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(POSTINGS + id).then()
                .statusCode(200).body("endsOn", equalTo("2020-12-31")).body("managingUnitId", equalTo(street.id().toString()));
        asAdmin().queryParam("orgUnitId", street.id()).queryParam("activeOn", "2021-01-01").get(POSTINGS).then()
                .body("totalItems", equalTo(0));
    }
}
