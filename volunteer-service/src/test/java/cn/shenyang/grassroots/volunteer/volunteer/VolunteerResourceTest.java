package cn.shenyang.grassroots.volunteer.volunteer;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.createVolunteer;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.etag;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.idNumber;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.tree;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.volunteerBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VolunteerResourceTest {
    private static final String PATH = "/api/v1/volunteers";

    @Test
    void registersARealNameVolunteerWithLocationEtagAndEveryField() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = volunteerBody(t.community().id());
        body.put("skills", List.of("HAIRDRESSING", "FIRST_AID", "HAIRDRESSING"));
        String id = asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/")).header("ETag", "\"0\"")
                .body("name", equalTo(body.get("name"))).body("gender", equalTo("FEMALE"))
                .body("phone", equalTo(body.get("phone"))).body("idNumber", equalTo(body.get("idNumber")))
                .body("homeCommunityId", equalTo(t.community().id().toString())).body("partyMember", equalTo(true))
                .body("skills", equalTo(List.of("FIRST_AID", "HAIRDRESSING"))).body("status", equalTo("ACTIVE"))
                .body("registeredOn", equalTo("2018-03-05")).body("createdBy", equalTo("admin"))
                .extract().path("id");
        asAdmin().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("id", equalTo(id));
    }

    @Test
    void oneRegistrationPerPersonEvenWhenTwoArriveAtOnce() throws Exception {
        Fixtures.Tree t = tree();
        Map<String, Object> body = volunteerBody(t.community().id());
        createVolunteer(body);
        body.put("name", Fixtures.unique("同一人"));
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A volunteer with this ID number is already registered (one registration per person)"))
                .body(not(containsString((String) body.get("idNumber"))));

        Map<String, Object> twice = volunteerBody(t.community().id());
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> calls = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return asAdmin().contentType(ContentType.JSON).body(twice).post(PATH).statusCode();
        })).toList();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(201, 409), statuses);
    }

    @Test
    void theIdNumberIsCheckedAgainstItsCheckDigitBirthDateAndGender() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = volunteerBody(t.community().id());
        String valid = (String) body.get("idNumber");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        body.put("idNumber", valid.substring(0, 17) + wrong);
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("idNumber"))
                .body("violations[0].message", containsString("check character"));
        body.put("idNumber", valid);
        body.put("birthDate", LocalDate.parse((String) body.get("birthDate")).plusDays(1).toString());
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations.field", equalTo(List.of("birthDate")));
        body.put("birthDate", LocalDate.parse((String) body.get("birthDate")).minusDays(1).toString());
        body.put("gender", "MALE");
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations.field", equalTo(List.of("gender")));
        body.put("gender", "FEMALE");
        body.put("idNumber", "21011119850615123");
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("idNumber"));
    }

    @Test
    void theHomeIsACommunityOrVillageInScopeAndDatesAreReal() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = volunteerBody(t.subdistrict().id());
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("homeCommunityId"))
                .body("violations[0].message", containsString("expected COMMUNITY or VILLAGE"));
        body.put("homeCommunityId", t.community().id().toString());
        body.put("registeredOn", LocalDate.now().plusDays(2).toString());
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("registeredOn"));
        body.put("registeredOn", "2018-03-05");
        body.put("name", "=HYPERLINK(\"x\")");
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("name"));
        Fixtures.Tree other = tree();
        body.put("name", Fixtures.unique("某人"));
        body.put("homeCommunityId", other.community().id().toString());
        as("m", Roles.ORG_MANAGER, t.subdistrict().path()).contentType(ContentType.JSON).body(body).post(PATH).then()
                .statusCode(400).body("violations[0].field", equalTo("homeCommunityId"))
                .body("violations[0].message", containsString("no org unit"));
    }

    @Test
    void phoneAndIdNumberAreMaskedForRolesThatDoNotNeedThem() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = volunteerBody(t.community().id());
        String id = createVolunteer(body);
        String phone = (String) body.get("phone");
        String idNumber = (String) body.get("idNumber");
        String maskedPhone = phone.substring(0, 3) + "****" + phone.substring(7);
        String maskedId = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        for (String role : List.of(Roles.VIEWER, Roles.INTEGRATION)) {
            as("r", role, t.district().path()).get(PATH + "/" + id).then().statusCode(200)
                    .body("phone", equalTo(maskedPhone)).body("idNumber", equalTo(maskedId));
            as("r", role, t.district().path()).queryParam("orgUnitId", t.community().id()).get(PATH).then().statusCode(200)
                    .body("items.phone", equalTo(List.of(maskedPhone))).body("items.idNumber", equalTo(List.of(maskedId)));
        }
        as("m", Roles.ORG_MANAGER, t.district().path()).get(PATH + "/" + id).then().statusCode(200)
                .body("phone", equalTo(phone)).body("idNumber", equalTo(idNumber));
    }

    @Test
    void someoneElsesVolunteerIsNotFoundAndListsStayInTheSubtree() {
        Fixtures.Tree t = tree();
        String mine = createVolunteer(t.community().id());
        String neighbours = createVolunteer(t.neighbour().id());
        String scope = t.community().path();
        as("c", Roles.ORG_MANAGER, scope).get(PATH + "/" + neighbours).then().statusCode(404)
                .body("detail", equalTo("Volunteer " + neighbours + " was not found"));
        as("c", Roles.VIEWER, scope).get(PATH).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items.id", equalTo(List.of(mine)));
        as("c", Roles.ORG_MANAGER, scope).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(volunteerBody(t.community().id())).put(PATH + "/" + neighbours).then().statusCode(404);
        as("v", Roles.VIEWER, t.district().path()).contentType(ContentType.JSON).body(volunteerBody(t.community().id()))
                .post(PATH).then().statusCode(403);
        given().get(PATH + "/" + mine).then().statusCode(401);
        asAdmin().queryParam("orgUnitId", t.subdistrict().id()).queryParam("skill", "HAIRDRESSING").get(PATH).then()
                .statusCode(200).body("items.id", hasItem(mine)).body("items.id", hasItem(neighbours)).body("totalItems", equalTo(2));
        asAdmin().queryParam("orgUnitId", t.subdistrict().id()).queryParam("skill", "LEGAL").get(PATH).then()
                .statusCode(200).body("totalItems", equalTo(0));
        asAdmin().queryParam("communityId", t.subdistrict().id()).get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("communityId"));
    }

    @Test
    void updatesNeedTheCurrentEtagAndStatusInactiveIsKept() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = volunteerBody(t.community().id());
        String id = createVolunteer(body);
        body.put("status", "INACTIVE");
        body.put("partyMember", false);
        asAdmin().contentType(ContentType.JSON).body(body).put(PATH + "/" + id).then().statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).put(PATH + "/" + id).then().statusCode(412);
        // the precondition is judged before the body: stale tag and bad body answer 412
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("name", "")).put(PATH + "/" + id)
                .then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(PATH + "/" + id)).body(body).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("INACTIVE"))
                .body("partyMember", equalTo(false)).body("updatedBy", equalTo("admin"));
    }

    @Test
    void theRegistrationDayCannotMovePastTheFirstServiceRecorded() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = volunteerBody(t.community().id());
        body.put("registeredOn", "2020-01-01");
        String id = createVolunteer(body);
        Fixtures.record(id, t.community().id(), LocalDate.of(2020, 3, 2), 9, 2).statusCode(201);
        body.put("status", "ACTIVE");
        body.put("registeredOn", "2020-03-03");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then()
                .statusCode(400).body("violations[0].field", equalTo("registeredOn"))
                .body("violations[0].message", equalTo("must not be after the volunteer's first service (2020-03-02)"));
        body.put("registeredOn", "2020-03-02");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(PATH + "/" + id).then()
                .statusCode(200).body("registeredOn", equalTo("2020-03-02"));
    }

    @Test
    void aRetriedRegistrationWithTheSameKeyIsReplayedNotRepeated() {
        Fixtures.Tree t = tree();
        Map<String, Object> body = volunteerBody(t.community().id());
        String first = asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("k")).body(body)
                .post(PATH).then().statusCode(201).extract().path("id");
        String key = Fixtures.unique("key");
        Map<String, Object> other = volunteerBody(t.community().id());
        String id = asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other).post(PATH).then()
                .statusCode(201).extract().path("id");
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        other.put("name", "改了名");
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other).post(PATH).then().statusCode(422);
        asAdmin().queryParam("orgUnitId", t.community().id()).get(PATH).then().body("totalItems", equalTo(2))
                .body("items.id", hasItem(first));
    }

    @Test
    void fixturesMakeValidNumbers() {
        String n = idNumber(LocalDate.of(1990, 2, 3), "MALE");
        assertEquals(List.of(), RealName.refusals(n, LocalDate.of(1990, 2, 3), Gender.MALE).stream().map(r -> r[0]).toList());
    }
}
