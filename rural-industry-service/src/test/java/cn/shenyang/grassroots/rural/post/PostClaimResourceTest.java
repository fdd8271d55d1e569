package cn.shenyang.grassroots.rural.post;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Party members claim posts with a commitment, record what they did, and are evaluated; counts by post type and subtree. */
@QuarkusTest
class PostClaimResourceTest {
    private static final String POSTS = "/api/v1/party-member-posts";
    private static final AtomicInteger MEMBER = new AtomicInteger((int) (System.nanoTime() % 400));

    /** A valid resident ID number no other test uses. */
    static String idNumber() {
        int seq = MEMBER.incrementAndGet();
        String first17 = "210181" + (1960 + seq % 40) + "01" + String.format("%02d", 1 + seq % 28)
                + String.format("%03d", seq % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    static Map<String, Object> claim(UUID village, String postType, String idNumber, boolean mobile, String claimedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", village.toString());
        body.put("postType", postType);
        body.put("memberName", Fixtures.unique("党员"));
        body.put("memberIdNumber", idNumber);
        body.put("mobile", mobile);
        body.put("commitment", "带头发展草莓产业，帮带三户脱贫户");
        body.put("claimedOn", claimedOn);
        return body;
    }

    static ValidatableResponse act(String id, String etag, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .post(POSTS + "/" + id + "/actions").then();
    }

    static ValidatableResponse fulfil(String id, String occurredOn) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("occurredOn", occurredOn, "description", "入户宣讲政策",
                "hours", "2.5")).post(POSTS + "/" + id + "/fulfilment-records").then();
    }

    @Test
    void claimsAreCountedByPostTypeAndSubtreeWithMobileMembersApart() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit second = Fixtures.unit(t.township(), "VILLAGE");
        Fixtures.Tree elsewhere = Fixtures.tree();
        String both = idNumber();
        String a = Fixtures.post(POSTS, claim(t.village().id(), "INDUSTRY_DEVELOPMENT_DEMONSTRATION", both, false,
                "2020-03-01"));
        // the same member claims a second post type: two claims, one member
        String b = Fixtures.post(POSTS, claim(t.village().id(), "RURAL_CIVILITY_HARMONY", both, false, "2020-03-02"));
        String c = Fixtures.post(POSTS, claim(second.id(), "INDUSTRY_DEVELOPMENT_DEMONSTRATION", idNumber(), true,
                "2020-04-01"));
        Map<String, Object> noId = claim(second.id(), "POVERTY_RELIEF_CARE", null, true, "2020-12-31");
        String d = Fixtures.post(POSTS, noId);
        // another year and another subtree count elsewhere
        Fixtures.post(POSTS, claim(t.village().id(), "INDUSTRY_DEVELOPMENT_DEMONSTRATION", idNumber(), false, "2019-12-31"));
        Fixtures.post(POSTS, claim(elsewhere.village().id(), "INDUSTRY_DEVELOPMENT_DEMONSTRATION", idNumber(), true,
                "2020-05-01"));
        fulfil(a, "2020-05-01").statusCode(201);
        fulfil(a, "2020-06-01").statusCode(201);
        fulfil(c, "2020-06-01").statusCode(201);
        act(a, "\"0\"", Map.of("action", "EVALUATE", "evaluation", "EXCELLENT", "occurredOn", "2020-12-20")).statusCode(200);
        act(c, "\"0\"", Map.of("action", "EVALUATE", "evaluation", "COMPETENT", "occurredOn", "2020-12-20")).statusCode(200);
        act(b, "\"0\"", Map.of("action", "RELEASE", "note", "外出务工", "occurredOn", "2020-08-01")).statusCode(200);

        JsonPath counts = asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("year", 2020)
                .get(POSTS + "/counts").then().statusCode(200).extract().jsonPath();
        assertCounts(counts, 4, 2, 2, 3, 2, 3, 2, 1, 1);
        assertEquals(17, counts.getList("byPostType").size());
        assertType(counts, "INDUSTRY_DEVELOPMENT_DEMONSTRATION", 2, 1, 2, 1);
        assertType(counts, "RURAL_CIVILITY_HARMONY", 1, 0, 0, 0);
        assertType(counts, "POVERTY_RELIEF_CARE", 1, 1, 0, 0);
        assertType(counts, "GRID_SERVICE", 0, 0, 0, 0);
        // one village's subtree, and the whole county-level city
        JsonPath village = asAdmin().queryParam("orgUnitId", second.id()).queryParam("year", 2020)
                .get(POSTS + "/counts").then().statusCode(200).extract().jsonPath();
        assertCounts(village, 2, 0, 2, 2, 2, 1, 1, 0, 0);
        JsonPath before = asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("year", 2019)
                .get(POSTS + "/counts").then().statusCode(200).extract().jsonPath();
        assertCounts(before, 1, 1, 0, 1, 0, 0, 0, 0, 0);

        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("year", 2020).queryParam("mobile", true)
                .queryParam("sort", "claimedOn").get(POSTS).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", contains(c, d));
        asAdmin().queryParam("orgUnitId", t.county().id()).queryParam("year", 2020).queryParam("status", "EVALUATED")
                .queryParam("sort", "claimedOn").get(POSTS).then().body("items.id", contains(a, c));
        asAdmin().get(POSTS + "/" + a + "/fulfilment-records").then().statusCode(200)
                .body("items.occurredOn", contains("2020-05-01", "2020-06-01")).body("items[0].hours", equalTo(2.5f));
    }

    @Test
    void aMemberClaimsEachPostTypeOnceAYearWithAValidIdNumber() {
        Fixtures.Tree t = Fixtures.tree();
        String member = idNumber();
        Fixtures.post(POSTS, claim(t.village().id(), "POLICY_PUBLICITY", member, false, "2021-02-01"));
        asAdmin().contentType(ContentType.JSON).body(claim(t.village().id(), "POLICY_PUBLICITY", member, false, "2021-11-01"))
                .post(POSTS).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("POLICY_PUBLICITY"));
        Fixtures.post(POSTS, claim(t.village().id(), "POLICY_PUBLICITY", member, false, "2022-01-05"));
        String wrongCheck = member.substring(0, 17) + (member.endsWith("0") ? "1" : "0");
        asAdmin().contentType(ContentType.JSON).body(claim(t.village().id(), "DISPUTE_MEDIATION", wrongCheck, false,
                "2021-02-01")).post(POSTS).then().statusCode(400).body("violations[0].field", equalTo("memberIdNumber"));
        asAdmin().contentType(ContentType.JSON).body(claim(t.village().id(), "NO_SUCH_POST", member, false, "2021-02-01"))
                .post(POSTS).then().statusCode(400).body("detail", containsString("postType"));
        asAdmin().contentType(ContentType.JSON).body(claim(t.village().id(), "DISPUTE_MEDIATION", member, false,
                LocalDate.now().plusDays(2).toString())).post(POSTS).then().statusCode(400)
                .body("violations[0].field", equalTo("claimedOn"));
        asAdmin().contentType(ContentType.JSON).body(claim(t.township().id(), "DISPUTE_MEDIATION", member, false,
                "2021-02-01")).post(POSTS).then().statusCode(400).body("violations[0].field", equalTo("villageId"));
    }

    @Test
    void aClaimIsEvaluatedOrReleasedOnceOnItsDayAndThenTakesNoMoreRecords() {
        Fixtures.Tree t = Fixtures.tree();
        String id = Fixtures.post(POSTS, claim(t.village().id(), "ENVIRONMENT_IMPROVEMENT", idNumber(), false, "2020-03-01"));
        asAdmin().get(POSTS + "/" + id + "/allowed-actions").then().statusCode(200)
                .body("actions.action", contains("EVALUATE", "RELEASE")).body("actions.available", contains(true, true));
        fulfil(id, "2020-02-28").statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        act(id, "\"0\"", Map.of("action", "EVALUATE", "occurredOn", "2020-12-01")).statusCode(400)
                .body("violations[0].field", equalTo("evaluation"));
        act(id, "\"0\"", Map.of("action", "RELEASE", "occurredOn", "2020-12-01")).statusCode(400)
                .body("violations[0].field", equalTo("note"));
        act(id, "\"0\"", Map.of("action", "EVALUATE", "evaluation", "EXCELLENT", "occurredOn", "2020-02-01"))
                .statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        act(id, "\"7\"", Map.of("action", "EVALUATE", "evaluation", "EXCELLENT")).statusCode(412);
        act(id, "\"0\"", Map.of("action", "EVALUATE", "evaluation", "EXCELLENT", "note", "带富成效显著",
                "occurredOn", "2020-12-01")).statusCode(200).header("ETag", "\"1\"").body("status", equalTo("EVALUATED"))
                .body("statusOn", equalTo("2020-12-01")).body("evaluation", equalTo("EXCELLENT"));
        act(id, "\"1\"", Map.of("action", "RELEASE", "note", "迟了")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("EVALUATED"));
        fulfil(id, "2020-12-02").statusCode(409);
        asAdmin().get(POSTS + "/" + id + "/allowed-actions").then().body("actions", hasSize(0));
    }

    @Test
    void anotherSubtreesClaimsAreInvisibleAndIdNumbersAreMaskedForReaders() {
        Fixtures.Tree t = Fixtures.tree();
        String number = idNumber();
        String id = Fixtures.post(POSTS, claim(t.village().id(), "GRID_SERVICE", number, true, "2020-03-01"));
        asAdmin().get(POSTS + "/" + id).then().body("memberIdNumber", equalTo(number));
        as("viewer", Roles.VIEWER, t.county().path()).get(POSTS + "/" + id).then().statusCode(200)
                .body("memberIdNumber", equalTo(number.substring(0, 6) + "********" + number.substring(14)));
        Fixtures.Tree theirs = Fixtures.tree();
        theirs.manager(theirs.county()).get(POSTS + "/" + id).then().statusCode(404);
        theirs.manager(theirs.county()).get(POSTS + "/" + id + "/fulfilment-records").then().statusCode(404);
        theirs.manager(theirs.county()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("action", "RELEASE", "note", "x")).post(POSTS + "/" + id + "/actions").then().statusCode(404);
        theirs.manager(theirs.county()).queryParam("year", 2020).get(POSTS).then().body("items.id", hasSize(0));
        theirs.manager(theirs.county()).queryParam("orgUnitId", t.county().id()).queryParam("year", 2020)
                .get(POSTS + "/counts").then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        as("viewer", Roles.VIEWER, t.county().path()).contentType(ContentType.JSON)
                .body(claim(t.village().id(), "GRID_SERVICE", idNumber(), false, "2020-03-01")).post(POSTS).then()
                .statusCode(403);
    }

    private static void assertCounts(JsonPath c, long claims, long resident, long mobile, long members, long mobileMembers,
            long records, long evaluated, long excellent, long released) {
        List<Long> actual = List.of("claims", "residentClaims", "mobileClaims", "members", "mobileMembers",
                "fulfilmentRecords", "evaluated", "excellent", "released").stream().map(f -> c.getLong(f)).toList();
        assertEquals(List.of(claims, resident, mobile, members, mobileMembers, records, evaluated, excellent, released),
                actual);
    }

    private static void assertType(JsonPath c, String type, long claims, long mobile, long evaluated, long excellent) {
        Map<String, Object> row = c.getMap("byPostType.find { it.postType == '" + type + "' }");
        assertEquals(List.of(claims, mobile, evaluated, excellent), List.of(((Number) row.get("claims")).longValue(),
                ((Number) row.get("mobileClaims")).longValue(), ((Number) row.get("evaluated")).longValue(),
                ((Number) row.get("excellent")).longValue()), type);
    }
}
