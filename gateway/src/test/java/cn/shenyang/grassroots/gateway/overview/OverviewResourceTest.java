package cn.shenyang.grassroots.gateway.overview;

import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gateway.support.DomainServices;
import cn.shenyang.grassroots.gateway.support.Tokens;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The overview and the profile over the real org-structure-service and stand-ins of the other three
 * (WireMock, {@link DomainServices}): the figures each service gives arrive unchanged, and a service
 * that is stopped or slow leaves its sections null and named in missing, within the time budget.
 */
@QuarkusTest
class OverviewResourceTest {

    /** A district with one sub-district, two communities and a red station; returns {district, community}. */
    private static String[] jurisdiction(String admin) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String city = create(admin, "沈阳市-" + tag, "CITY", null);
        String district = create(admin, "苏家屯区-" + tag, "DISTRICT", city);
        String subdistrict = create(admin, "湖西街道-" + tag, "SUBDISTRICT", district);
        String community = create(admin, "育林社区-" + tag, "COMMUNITY", subdistrict);
        create(admin, "枫杨社区-" + tag, "COMMUNITY", subdistrict);
        as(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "育林红色驿站-" + tag, "kind", "RED_STATION", "orgUnitId", community, "address", "育林路1号"))
                .post("/api/v1/service-sites").then().statusCode(201);
        return new String[] {district, community};
    }

    private static String create(String admin, String name, String level, String parentId) {
        Map<String, Object> body = parentId == null ? Map.of("name", name, "level", level)
                : Map.of("name", name, "level", level, "parentId", parentId);
        return as(admin).contentType(ContentType.JSON).body(body).post("/api/v1/org-units")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theOverviewCarriesEachServicesFiguresUnchangedWithTheCallersToken() {
        String admin = Tokens.admin();
        String district = jurisdiction(admin)[0];
        as(admin).get("/api/v1/overview?orgUnitId=" + district + "&year=2020").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("orgUnitId", equalTo(district))
                .body("level", equalTo("DISTRICT"))
                .body("year", equalTo(2020))
                .body("periodStart", equalTo("2020-01-01"))
                .body("periodEnd", equalTo("2020-12-31"))
                // org-structure, the real service, over the data made above
                .body("units.totalDescendants", equalTo(3))
                .body("units.descendantsByLevel.SUBDISTRICT", equalTo(1))
                .body("units.descendantsByLevel.COMMUNITY", equalTo(2))
                .body("pairings.departments", equalTo(0))
                .body("pairings.communities", equalTo(2))
                .body("pairings.pairedCommunities", equalTo(0))
                .body("pairings.communitiesWithoutPairing", equalTo(2))
                .body("pairings.pairedDepartments", equalTo(0))
                .body("fourOnes.villagesMissingAnyOfFourOnes", equalTo(0))
                .body("whistles.raised", equalTo(0))
                .body("whistles.responseRate", nullValue())
                .body("serviceSites.total", equalTo(1))
                .body("serviceSites.byKind.RED_STATION", equalTo(1))
                // the stand-ins' figures, as their services would answer them
                .body("volunteers.volunteers", equalTo(10234))
                .body("volunteers.partyMemberVolunteers", equalTo(3120))
                .body("volunteers.hours", equalTo(51234.5f))
                .body("volunteers.teamsByKind.SPECIALTY_SQUAD", equalTo(12))
                .body("volunteers.volunteersByStarLevel.'1'", equalTo(1200))
                .body("volunteers.fairsHeld", equalTo(18))
                .body("volunteers.compoundsByGrade.CO_GOVERNANCE", equalTo(10))
                .body("volunteers.opinionsResolved", equalTo(31))
                .body("volunteers.opinionsConvertedToProposals", equalTo(7))
                .body("reserveCadres.inPool", equalTo(931))
                .body("reserveCadres.admittedProbationary", equalTo(88))
                .body("reserveCadres.enteredCommittees", equalTo(165))
                .body("reserveCadreCoverage.villagesWithoutPoolMember", equalTo(3))
                .body("cadrePostings.startedInYear", equalTo(421))
                .body("cadrePostings.startedInYearBySource.PUBLIC_SELECTION", equalTo(40))
                .body("dutyDeployments.headcount", equalTo(3606))
                .body("dutyDeployments.headcountByKind.HIGHWAY_CHECKPOINT", equalTo(450))
                .body("collectiveIncomes.hollowPreviousYear", equalTo(15))
                .body("collectiveIncomes.hollowCleared", equalTo(15))
                .body("collectiveIncomes.newlyAbove50k", equalTo(168))
                .body("collectiveIncomes.newlyAbove50kPreviousYear", equalTo(109))
                .body("collectiveIncomes.newlyAbove50kChangeRate", equalTo(0.5413f))
                .body("collectiveIncomes.risenMoreThan1m", equalTo(5))
                .body("demonstrationVillageIncomes.risenMoreThan200kRate", equalTo(0.9167f))
                .body("demonstrationRatings.demonstrationVillages", equalTo(120))
                .body("demonstrationRatings.wholeTownshipDemonstrations", equalTo(14))
                .body("rectifications.closedOut", equalTo(35))
                .body("cooperatives.leadingCadres", equalTo(478))
                // the article's households and income are the cadre-led cooperatives', not all of them
                .body("cooperatives.cadreLedLinkedHouseholds", equalTo(25310))
                .body("cooperatives.cadreLedIncomeIncrease", equalTo(1.2E8f))
                .body("partyMemberPosts.claimsByPostType.POLICY_PROMOTION", equalTo(600))
                .body("partyMemberPosts.claimsByPostType.MEDIATION", nullValue())
                .body("missing", empty());

        // one call per service, with the caller's own token
        for (String service : new String[] {DomainServices.CADRE, DomainServices.RURAL}) {
            var asked = DomainServices.server(service).findAll(getRequestedFor(urlPathMatching("/api/v1/.*-overview")));
            var last = asked.get(asked.size() - 1);
            assertEquals("Bearer " + admin, last.getHeader("Authorization"));
            assertEquals(district, last.queryParameter("orgUnitId").firstValue());
            assertEquals("2020", last.queryParameter("year").firstValue());
        }
    }

    @Test
    void anOrgUnitTheCallerCannotSeeIsA404ProblemAndBadInputA400() {
        String admin = Tokens.admin();
        String district = jurisdiction(admin)[0];
        String elsewhere = TestTokens.token("viewer-" + UUID.randomUUID(), Roles.VIEWER, "999999");
        as(elsewhere).get("/api/v1/overview?orgUnitId=" + district + "&year=2020").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:not-found"));
        as(admin).get("/api/v1/profiles/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(admin).get("/api/v1/overview?year=2020").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("orgUnitId"));
        as(admin).get("/api/v1/overview?orgUnitId=" + district + "&year=2999").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        as(admin).get("/api/v1/overview?orgUnitId=" + district + "&colour=red").then().statusCode(400)
                .contentType("application/problem+json");
        io.restassured.RestAssured.given().get("/api/v1/overview?orgUnitId=" + district).then().statusCode(401);
    }

    @Test
    void aStoppedServiceLeavesItsSectionsMissingAndTheRestAnswers() {
        String admin = Tokens.admin();
        String district = jurisdiction(admin)[0];
        DomainServices.stop(DomainServices.VOLUNTEER);
        try {
            as(admin).get("/api/v1/overview?orgUnitId=" + district + "&year=2020").then().statusCode(200)
                    .body("volunteers", nullValue())
                    .body("missing.findAll { it.service == 'volunteer' }.part", contains("volunteers"))
                    .body("missing.find { it.part == 'volunteers' }.reason", equalTo("DOWN"))
                    .body("units.totalDescendants", equalTo(3))
                    .body("reserveCadres.inPool", equalTo(931))
                    .body("rectifications.closedOut", equalTo(35));
        } finally {
            DomainServices.restart(DomainServices.VOLUNTEER);
        }
    }

    @Test
    void aServiceThatRefusesTheCallerLeavesItsSectionsMissingAsForbidden() {
        String admin = Tokens.admin();
        String district = jurisdiction(admin)[0];
        var rural = DomainServices.server(DomainServices.RURAL);
        rural.stubFor(get(urlPathEqualTo("/api/v1/rural-industry-overview")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:grassroots:problem:forbidden\",\"status\":403}")));
        try {
            as(admin).get("/api/v1/overview?orgUnitId=" + district + "&year=2020").then().statusCode(200)
                    .body("cooperatives", nullValue())
                    .body("collectiveIncomes", nullValue())
                    .body("missing.part", contains("collectiveIncomes", "demonstrationVillageIncomes",
                            "demonstrationRatings", "rectifications", "cooperatives", "partyMemberPosts"))
                    .body("missing.service", everyItem(equalTo("rural-industry")))
                    .body("missing.reason", everyItem(equalTo("FORBIDDEN")))
                    .body("missing[0].detail", equalTo("rural-industry answered 403"))
                    .body("units.totalDescendants", equalTo(3))
                    .body("reserveCadres.inPool", equalTo(931));
        } finally {
            DomainServices.stub(DomainServices.RURAL);
        }
    }

    @Test
    void sectionsAServiceWithholdsFromTheCallersRoleAreMissingAsForbidden() {
        String admin = Tokens.admin();
        String district = jurisdiction(admin)[0];
        String orgPath = as(admin).get("/api/v1/org-units/" + district).then().statusCode(200).extract().path("path");
        String liaison = TestTokens.token("liaison-" + UUID.randomUUID(), Roles.DEPARTMENT_LIAISON, orgPath);
        as(liaison).get("/api/v1/overview?orgUnitId=" + district + "&year=2020").then().statusCode(200)
                .body("units.totalDescendants", equalTo(3))
                .body("pairings.communities", equalTo(2))
                .body("whistles", nullValue())
                .body("fourOnes", nullValue())
                .body("serviceSites", nullValue())
                .body("missing.findAll { it.service == 'org-structure' }.part", contains("fourOnes", "whistles", "serviceSites"))
                .body("missing.find { it.part == 'whistles' }.reason", equalTo("FORBIDDEN"))
                .body("missing.find { it.part == 'whistles' }.detail", equalTo("org-structure withholds whistles from your role"));
    }

    @Test
    void aSlowServiceIsCutOffAtItsTimeoutAndTheViewAnswersWithinTheBudget() {
        String admin = Tokens.admin();
        String district = jurisdiction(admin)[0];
        String url = "/api/v1/overview?orgUnitId=" + district + "&year=2020";
        as(admin).get(url).then().statusCode(200); // warm: the first call of a client pays for its connections
        var cadre = DomainServices.server(DomainServices.CADRE);
        cadre.stubFor(get(urlPathEqualTo("/api/v1/reserve-cadre-overview")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(DomainServices.CADRE_OVERVIEW).withFixedDelay(8000)));
        try {
            long started = System.nanoTime();
            as(admin).get(url).then().statusCode(200)
                    .body("reserveCadres", nullValue())
                    .body("missing.find { it.part == 'reserveCadres' }.reason", equalTo("TIMEOUT"))
                    .body("missing.findAll { it.service == 'cadre-pipeline' }.part",
                            contains("reserveCadres", "reserveCadreCoverage", "cadrePostings", "dutyDeployments"))
                    .body("missing.reason", everyItem(equalTo("TIMEOUT")))
                    // the other services' answers still arrive
                    .body("volunteers.volunteers", equalTo(10234))
                    .body("rectifications.closedOut", equalTo(35));
            long millis = (System.nanoTime() - started) / 1_000_000;
            // cadre-pipeline's timeout is 3 s in tests; the stand-in would take 8 s
            assertTrue(millis < 6000, "answered after " + millis + " ms");
        } finally {
            DomainServices.stub(DomainServices.CADRE);
        }
    }

    @Test
    void theProfileGathersTheUnitFromEveryService() {
        String admin = Tokens.admin();
        String community = jurisdiction(admin)[1];
        as(admin).get("/api/v1/profiles/" + community).then().statusCode(200)
                .body("orgUnitId", equalTo(community))
                .body("orgUnit.id", equalTo(community))
                .body("orgUnit.level", equalTo("COMMUNITY"))
                .body("ancestors.level", hasItem("DISTRICT"))
                .body("pairings.totalItems", equalTo(0))
                .body("pairings.items", empty())
                .body("whistles.totalItems", equalTo(0))
                .body("responsibilityAssignments.totalItems", equalTo(0))
                .body("volunteerTeams.items[0].name", equalTo("育林社区志愿服务队"))
                .body("reserveCadres.items[0].name", equalTo("王雏雁"))
                .body("collectiveIncomes.totalItems", equalTo(1))
                .body("rectifications.items[0].year", equalTo(2020))
                .body("missing", empty());

        DomainServices.stop(DomainServices.RURAL);
        try {
            as(admin).get("/api/v1/profiles/" + community).then().statusCode(200)
                    .body("orgUnit.id", equalTo(community))
                    .body("collectiveIncomes", nullValue())
                    .body("missing.part", containsInAnyOrder("collectiveIncomes", "villageIndustries", "cooperatives",
                            "rectifications"))
                    .body("missing.reason", contains("DOWN", "DOWN", "DOWN", "DOWN"));
        } finally {
            DomainServices.restart(DomainServices.RURAL);
        }
    }
}
