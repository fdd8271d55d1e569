package cn.shenyang.grassroots.volunteer.compound;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Existing;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RedPropertyResourceTest {
    private static Map<String, Object> company(Fixtures.Unit unit) {
        return map("name", Fixtures.unique("物业公司"), "creditCode", Existing.creditCode(), "orgUnitId", unit.id().toString(),
                "hasPartyOrganization", false, "partyMemberCount", 2);
    }

    private static Map<String, Object> compound(Fixtures.Tree t, String grade, String company) {
        Map<String, Object> c = map("name", Fixtures.unique("小区"), "communityId", t.community().id().toString(),
                "address", "枫杨路8号", "households", 420, "grade", grade, "gradedOn", "2020-06-01");
        if (company != null) {
            c.put("propertyCompanyId", company);
        }
        return c;
    }

    @Test
    void aPropertyCompanyHasAValidUniqueCreditCode() {
        Fixtures.Tree t = Fixtures.tree();
        Map<String, Object> body = company(t.subdistrict());
        String code = (String) body.get("creditCode");
        body.put("creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/property-companies").then().statusCode(400)
                .body("violations[0].field", equalTo("creditCode"));
        body.put("creditCode", code);
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/property-companies").then().statusCode(201)
                .body("partyPresence", equalTo(true));
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/property-companies").then().statusCode(409)
                .body("detail", containsString("credit code is already registered"));
    }

    @Test
    void gradesChangeOnlyThroughDatedRegradingsKeptInHistory() {
        Fixtures.Tree t = Fixtures.tree();
        asAdmin().contentType(ContentType.JSON).body(compound(t, "PROFESSIONAL", null)).post("/api/v1/residential-compounds")
                .then().statusCode(400).body("violations[0].field", equalTo("grade"));
        String company = Fixtures.post("/api/v1/property-companies", company(t.subdistrict()));
        String id = Fixtures.post("/api/v1/residential-compounds", compound(t, "PROFESSIONAL", company));
        String path = "/api/v1/residential-compounds/" + id;
        Map<String, Object> regrade = map("grade", "CO_GOVERNANCE", "occurredOn", "2020-05-31", "reason", "物业撤场");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(regrade).post(path + "/grade-changes").then()
                .statusCode(400).body("violations[0].message", containsString("current grade was given (2020-06-01)"));
        regrade.put("occurredOn", "2022-03-15");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(regrade).post(path + "/grade-changes").then()
                .statusCode(200).header("ETag", "\"1\"").body("grade", equalTo("CO_GOVERNANCE"))
                .body("gradeSince", equalTo("2022-03-15"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(regrade).post(path + "/grade-changes").then()
                .statusCode(409).body("detail", containsString("already CO_GOVERNANCE"));
        // without its company it may be self-served, not professional
        Map<String, Object> update = compound(t, null, null);
        update.remove("grade");
        update.remove("gradedOn");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update).put(path).then().statusCode(200)
                .body("propertyCompanyId", equalTo(null));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(map("grade", "PROFESSIONAL", "occurredOn", "2023-01-01", "reason", "引入物业")).post(path + "/grade-changes")
                .then().statusCode(409).body("detail", containsString("served by a property company"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(map("grade", "SELF_SERVICE", "occurredOn", "2023-01-01", "reason", "业主自治")).post(path + "/grade-changes")
                .then().statusCode(200);
        asAdmin().get(path + "/grade-changes").then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.fromGrade", equalTo(Arrays.asList(null, "PROFESSIONAL", "CO_GOVERNANCE")))
                .body("items.toGrade", equalTo(List.of("PROFESSIONAL", "CO_GOVERNANCE", "SELF_SERVICE")))
                .body("items.occurredOn", equalTo(List.of("2020-06-01", "2022-03-15", "2023-01-01")))
                .body("items[1].reason", equalTo("物业撤场"));
    }

    @Test
    void companiesAndCommitteesShowTheirPartyPresenceOnTheCompound() {
        Fixtures.Tree t = Fixtures.tree();
        Map<String, Object> c = company(t.district());
        c.put("hasPartyOrganization", true);
        c.put("partyOrganizationName", "物业公司党支部");
        String company = Fixtures.post("/api/v1/property-companies", c);
        String compound = Fixtures.post("/api/v1/residential-compounds", compound(t, "GUARANTEED", company));
        asAdmin().get("/api/v1/residential-compounds/" + compound).then().body("partyCoverage.companyPartyOrganization", equalTo(true))
                .body("partyCoverage.committeePartyOrganization", equalTo(null)).body("partyCoverage.covered", equalTo(true))
                .body("ownersCommitteeId", equalTo(null));
        Map<String, Object> committee = map("compoundId", compound, "name", "业委会", "chairName", "刘主任",
                "termStartsOn", "2022-01-01", "termEndsOn", "2027-01-01", "memberCount", 5, "partyMemberCount", 6,
                "hasPartyOrganization", false);
        asAdmin().contentType(ContentType.JSON).body(committee).post("/api/v1/owners-committees").then().statusCode(400)
                .body("violations[0].field", equalTo("partyMemberCount"));
        committee.put("partyMemberCount", 3);
        String committeeId = Fixtures.post("/api/v1/owners-committees", committee);
        asAdmin().contentType(ContentType.JSON).body(committee).post("/api/v1/owners-committees").then().statusCode(409)
                .body("detail", containsString("already has an owners' committee"));
        asAdmin().get("/api/v1/residential-compounds/" + compound).then().body("ownersCommitteeId", equalTo(committeeId))
                .body("partyCoverage.committeePartyMembers", equalTo(3));
        // a company registered with the district serves compounds below it: a community manager sees it, cannot change it
        String community = t.community().path();
        as("c", Roles.ORG_MANAGER, community).get("/api/v1/property-companies/" + company).then().statusCode(200);
        as("c", Roles.ORG_MANAGER, community).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(c)
                .put("/api/v1/property-companies/" + company).then().statusCode(403);
        as("c", Roles.ORG_MANAGER, Fixtures.tree().community().path()).get("/api/v1/property-companies/" + company).then()
                .statusCode(404);
        as("c", Roles.ORG_MANAGER, community).queryParam("grade", "GUARANTEED").get("/api/v1/residential-compounds").then()
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(compound));
    }

    @Test
    void tripartiteDecisionsAreFollowedUpByTheTable() {
        Existing.Records r = Existing.create();
        String compound = r.ids().get("residential-compounds");
        String meetings = "/api/v1/residential-compounds/" + compound + "/tripartite-meetings";
        asAdmin().get(meetings).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].topics", equalTo(List.of("停车难")))
                .body("items[0].decisions[0].status", equalTo("OPEN")).body("items[0].decisions[0].overdue", equalTo(true));
        String decision = meetings + "/" + r.ids().get("meetingId") + "/decisions/" + r.ids().get("decisionId") + "/follow-ups";
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(map("status", "IN_PROGRESS", "occurredOn", "2024-02-29"))
                .post(decision).then().statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(map("status", "IN_PROGRESS", "occurredOn", "2024-03-10",
                "note", "已测量车位")).post(decision).then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("IN_PROGRESS"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(map("status", "DROPPED")).post(decision).then()
                .statusCode(400).body("violations[0].field", equalTo("note"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(map("status", "DONE", "occurredOn", "2024-05-20"))
                .post(decision).then().statusCode(200).body("status", equalTo("DONE")).body("overdue", equalTo(false));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(map("status", "IN_PROGRESS")).post(decision).then()
                .statusCode(409).body("detail", equalTo("a decision that is DONE cannot become IN_PROGRESS (DONE is final)"));
        asAdmin().get(decision).then().body("items.toStatus", equalTo(List.of("IN_PROGRESS", "DONE")))
                .body("items.occurredOn", equalTo(List.of("2024-03-10", "2024-05-20")));
        asAdmin().contentType(ContentType.JSON).body(map("communityAttendee", "a", "companyAttendee", "b", "committeeAttendee", "c",
                "topics", List.of())).post(meetings).then().statusCode(400).body("violations[0].field", equalTo("topics"));
    }
}
