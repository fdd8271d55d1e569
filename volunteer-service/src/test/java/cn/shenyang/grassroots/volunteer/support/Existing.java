package cn.shenyang.grassroots.volunteer.support;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;

import cn.shenyang.grassroots.volunteer.propertycompany.CreditCodes;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One existing record of every kind a path names, in one fresh subtree: what the data-driven
 * tests (bad input, scope) put into each path template's parameters.
 */
public final class Existing {
    private Existing() {}

    public record Records(Fixtures.Tree tree, Map<String, String> ids) {
        /** The path with every {parameter} replaced by the id of an existing record of its kind. */
        public String concrete(String template) {
            String kind = template.substring("/api/v1/".length()).split("/")[0];
            String path = template;
            if (path.contains("{id}")) {
                path = path.replace("{id}", ids.get(kind));
            }
            for (Map.Entry<String, String> e : ids.entrySet()) {
                path = path.replace("{" + e.getKey() + "}", e.getValue());
            }
            return path;
        }
    }

    public static String creditCode() {
        StringBuilder first17 = new StringBuilder("91210111");
        for (int i = 0; i < 9; i++) {
            first17.append(ThreadLocalRandom.current().nextInt(10));
        }
        return first17.toString() + CreditCodes.checkCharacter(first17.toString());
    }

    public static Records create() {
        Fixtures.Tree t = Fixtures.tree();
        LocalDate today = LocalDate.now(Fixtures.SHANGHAI);
        Map<String, String> ids = new HashMap<>();
        ids.put("orgUnitId", t.community().id().toString());
        String volunteer = Fixtures.createVolunteer(t.community().id());
        ids.put("volunteers", volunteer);
        String team = Fixtures.post("/api/v1/volunteer-teams", map("name", Fixtures.unique("红色先锋"), "kind",
                "PARTY_MEMBER_TEAM", "level", "COMMUNITY", "orgUnitId", t.community().id().toString(), "foundedOn", "2019-05-04"));
        ids.put("volunteer-teams", team);
        ids.put("membershipId", Fixtures.post("/api/v1/volunteer-teams/" + team + "/memberships",
                map("volunteerId", volunteer, "joinedOn", "2019-06-01")));
        String activity = Fixtures.post("/api/v1/service-activities", map("kind", "SERVICE_FAIR", "title", "党建+创城服务大集",
                "theme", "PARTY_BUILDING_CIVILISED_CITY", "organizerTeamId", team, "place", "育林社区广场",
                "startsAt", Fixtures.at(today.minusDays(1), 9, 0), "endsAt", Fixtures.at(today.plusDays(1), 17, 0),
                "capacity", 20, "items", List.of(map("name", "义务理发"))));
        ids.put("service-activities", activity);
        ids.put("participationId", Fixtures.post("/api/v1/service-activities/" + activity + "/sign-ups",
                map("volunteerId", Fixtures.createVolunteer(t.community().id()))));
        String record = Fixtures.record(volunteer, t.community().id(), LocalDate.of(2024, 5, 6), 9, 2).statusCode(201)
                .extract().path("id");
        ids.put("service-records", record);
        ids.put("certificateId", Fixtures.post("/api/v1/volunteers/" + volunteer + "/certificates", map()));
        ids.put("service-certificates", asAdmin().get("/api/v1/volunteers/" + volunteer + "/certificates/" + ids.get("certificateId"))
                .then().statusCode(200).extract().path("number"));
        ids.put("number", ids.get("service-certificates"));
        String company = Fixtures.post("/api/v1/property-companies", map("name", Fixtures.unique("物业公司"), "creditCode",
                creditCode(), "orgUnitId", t.subdistrict().id().toString(), "hasPartyOrganization", true,
                "partyOrganizationName", "物业党支部", "partyMemberCount", 5));
        ids.put("property-companies", company);
        String compound = Fixtures.post("/api/v1/residential-compounds", map("name", Fixtures.unique("小区"), "communityId",
                t.community().id().toString(), "address", "枫杨路1号", "households", 320, "grade", "PROFESSIONAL",
                "gradedOn", "2020-06-01", "propertyCompanyId", company));
        ids.put("residential-compounds", compound);
        ids.put("owners-committees", Fixtures.post("/api/v1/owners-committees", map("compoundId", compound, "name", "业委会",
                "chairName", "张主任", "termStartsOn", "2021-01-01", "termEndsOn", "2026-01-01", "memberCount", 7,
                "partyMemberCount", 3, "hasPartyOrganization", true)));
        String meeting = asAdmin().contentType(ContentType.JSON).body(map("heldOn", "2024-03-01", "communityAttendee", "社区书记",
                "companyAttendee", "物业经理", "committeeAttendee", "业委会主任", "topics", List.of("停车难"),
                "decisions", List.of(map("content", "划定停车位", "responsibleParty", "PROPERTY_COMPANY", "dueOn", "2024-06-01"))))
                .post("/api/v1/residential-compounds/" + compound + "/tripartite-meetings").then().statusCode(201)
                .extract().path("id");
        ids.put("meetingId", meeting);
        ids.put("decisionId", asAdmin().get("/api/v1/residential-compounds/" + compound + "/tripartite-meetings/" + meeting)
                .then().statusCode(200).extract().path("decisions[0].id"));
        String studio = Fixtures.post("/api/v1/representative-studios", map("name", Fixtures.unique("代表工作室"),
                "orgUnitId", t.subdistrict().id().toString(), "address", "街道党群服务中心", "openedOn", "2019-01-01"));
        ids.put("representative-studios", studio);
        String representative = Fixtures.post("/api/v1/representatives", map("name", "李代表", "body", "PEOPLES_CONGRESS",
                "congressLevel", "DISTRICT", "orgUnitId", t.subdistrict().id().toString(), "studioId", studio,
                "phone", Fixtures.phone(), "termStartsOn", "2021-10-01"));
        ids.put("representatives", representative);
        ids.put("openDayId", Fixtures.post("/api/v1/representative-studios/" + studio + "/open-days", map("heldOn", "2024-04-20",
                "theme", "绿地改造", "representativeIds", List.of(representative), "visitors", 35)));
        ids.put("opinions", Fixtures.post("/api/v1/opinions", map("studioId", studio, "channel", "MAILBOX", "category",
                "ENVIRONMENT_RENOVATION", "raisedByName", "居民王某", "raisedByPhone", Fixtures.phone(), "content", "绿地需要改造",
                "receivedOn", "2024-04-02")));
        return new Records(t, ids);
    }
}
