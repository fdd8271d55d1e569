package cn.shenyang.grassroots.orgstructure.orgunit;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.code;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.create;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.etag;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgUnitResourceTest {

    @Test
    void createAnswers201WithLocationEtagAndTheStoredUnit() {
        String city = createId("CITY", null);
        String name = unique("苏家屯区");
        var created = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "level", "DISTRICT", "parentId", city, "divisionCode", code(6),
                        "partyOrganization", Map.of("kind", "COMMITTEE", "name", "中共苏家屯区委", "secretaryName", "张三")))
                .post("/api/v1/org-units")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("level", equalTo("DISTRICT"))
                .body("parentId", equalTo(city))
                .body("status", equalTo("ACTIVE"))
                .body("depth", equalTo(2))
                .body("partyOrganization.kind", equalTo("COMMITTEE"))
                .body("partyOrganization.secretaryName", equalTo("张三"))
                .body("createdBy", equalTo("admin"))
                .extract();
        String id = created.path("id");
        String location = created.header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/api/v1/org-units/" + id), location);

        String cityPath = asAdmin().get("/api/v1/org-units/" + city).then().extract().path("path");
        asAdmin().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("path", startsWith(cityPath + "."));
    }

    @Test
    void levelRulesAreEnforced() {
        String[] c = chain();
        String village = createId("VILLAGE", createId("TOWNSHIP", c[1]));

        create(unique("c"), "COMMUNITY", village).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("level"))
                .body("detail", containsString("cannot sit under a VILLAGE"));
        create(unique("d"), "DISTRICT", null).statusCode(400)
                .body("violations[0].field", equalTo("parentId"));
        create(unique("city"), "CITY", c[0]).statusCode(400)
                .body("detail", containsString("a CITY cannot sit under a CITY; allowed parents: [PROVINCE]"));
        String province = createId("PROVINCE", null);
        create(unique("province"), "PROVINCE", province).statusCode(400)
                .body("detail", containsString("a PROVINCE has no parent"));
        create(unique("city"), "CITY", province).statusCode(201);
        create(unique("town"), "TOWN", c[1]).statusCode(201);
        create(unique("banner"), "BANNER", c[0]).statusCode(201);
        create(unique("c"), "COMMUNITY", createId("OTHER_TOWNSHIP_LEVEL", c[1])).statusCode(201);
        create(unique("c"), "COMMUNITY", c[1]).statusCode(400)
                .body("detail", containsString("cannot sit under a DISTRICT"));
        // nothing was created under the village
        asAdmin().queryParam("parentId", village).get("/api/v1/org-units").then().body("totalItems", equalTo(0));
    }

    @Test
    void unknownParentIsRefused() {
        create(unique("d"), "DISTRICT", "4b1d3c9e-0000-4000-8000-000000000001").statusCode(400)
                .body("violations[0].field", equalTo("parentId"))
                .body("detail", containsString("no org unit"));
    }

    @Test
    void namesAreUniqueAmongActiveSiblingsAndDivisionCodesEverywhere() {
        String city = createId("CITY", null);
        String name = unique("dup");
        create(name, "DISTRICT", city).statusCode(201);
        create(name.toUpperCase(), "DISTRICT", city).statusCode(409)
                .body("type", equalTo("urn:grassroots:problem:conflict"))
                .body("detail", containsString("already exists under this parent"));
        // the same name under another parent is fine
        create(name, "DISTRICT", createId("CITY", null)).statusCode(201);

        String code = code(4);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("a"), "level", "CITY", "divisionCode", code))
                .post("/api/v1/org-units").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("b"), "level", "CITY", "divisionCode", code))
                .post("/api/v1/org-units").then().statusCode(409).body("detail", containsString(code));
    }

    @Test
    void codesHaveTheirLevelsLengthAndUpdatesCannotTakeASiblingsNameOrAnotherUnitsCode() {
        String city = createId("CITY", null);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("d"), "level", "DISTRICT", "parentId", city,
                "divisionCode", "210111001")).post("/api/v1/org-units").then().statusCode(400)
                .body("violations[0].field", equalTo("divisionCode"))
                .body("violations[0].message", equalTo("a DISTRICT has a 6-digit official division code; '210111001' has 9"));
        String first = unique("甲区");
        String code = code(6);
        create(first, "DISTRICT", city).statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("乙区"), "level", "DISTRICT", "parentId", city,
                "divisionCode", code)).post("/api/v1/org-units").then().statusCode(201);
        String third = createId("DISTRICT", city);

        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(third)).body(Map.of("name", first))
                .put("/api/v1/org-units/" + third).then().statusCode(409)
                .body("detail", equalTo("An active unit named '" + first + "' already exists under this parent"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(third))
                .body(Map.of("name", unique("丙区"), "divisionCode", code))
                .put("/api/v1/org-units/" + third).then().statusCode(409)
                .body("detail", equalTo("Division code " + code + " is already used by another unit"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(third))
                .body(Map.of("name", unique("丙区"), "divisionCode", "2101"))
                .put("/api/v1/org-units/" + third).then().statusCode(400)
                .body("violations[0].field", equalTo("divisionCode"));
        asAdmin().get("/api/v1/org-units/" + third).then().body("version", equalTo(0));
    }

    @Test
    void malformedInputIsA400ProblemWithoutJavaNames() {
        asAdmin().contentType(ContentType.JSON).body("{\"name\": \"x\", ").post("/api/v1/org-units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("detail", not(containsString("jackson")));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "level", "HAMLET"))
                .post("/api/v1/org-units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("level"))
                .body("violations[0].message", containsString("'HAMLET' is not one of PROVINCE, CITY, DISTRICT"))
                .body("detail", not(containsString("cn.shenyang")));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "level", "CITY", "colour", "red"))
                .post("/api/v1/org-units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("colour"))
                .body("violations[0].message", equalTo("is not a known property"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("level", "CITY"))
                .post("/api/v1/org-units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("name"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "level", "CITY", "divisionCode", "21-01"))
                .post("/api/v1/org-units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("divisionCode"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "x", "level", "CITY", "parentId", "not-a-uuid"))
                .post("/api/v1/org-units")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("parentId"))
                .body("violations[0].message", containsString("not a valid UUID"));
        asAdmin().contentType(ContentType.JSON).post("/api/v1/org-units")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badIdsAndUnknownIdsAreClearProblems() {
        asAdmin().get("/api/v1/org-units/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"))
                .body("violations[0].message", containsString("not a valid UUID"));
        asAdmin().get("/api/v1/org-units/9a0c2f5e-1111-4222-8333-444455556666").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:not-found"))
                .body("instance", equalTo("/api/v1/org-units/9a0c2f5e-1111-4222-8333-444455556666"));
        asAdmin().queryParam("parentId", "xyz").get("/api/v1/org-units").then().statusCode(400)
                .body("violations[0].field", equalTo("parentId"));
        asAdmin().queryParam("level", "HAMLET").get("/api/v1/org-units").then().statusCode(400)
                .contentType("application/problem+json");
        asAdmin().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void updateNeedsTheCurrentEtag() {
        String city = createId("CITY", null);
        String id = createId("DISTRICT", city);
        String name = unique("renamed");
        Map<String, Object> body = Map.of("name", name, "partyOrganization",
                Map.of("kind", "COMMITTEE", "name", "区委", "secretaryName", "李四"));

        asAdmin().contentType(ContentType.JSON).body(body).put("/api/v1/org-units/" + id)
                .then().statusCode(428).body("type", equalTo("urn:grassroots:problem:precondition-required"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).put("/api/v1/org-units/" + id)
                .then().statusCode(412).body("detail", containsString("\"0\""));
        asAdmin().get("/api/v1/org-units/" + id).then().body("name", not(equalTo(name)));

        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/org-units/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo(name))
                .body("version", equalTo(1))
                .body("partyOrganization.secretaryName", equalTo("李四"));
        // the old tag is now stale
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/org-units/" + id)
                .then().statusCode(412);
    }

    @Test
    void listFiltersByParentAncestorLevelNameCodeAndStatus() {
        String[] c = chain();
        String township = createId("TOWNSHIP", c[1]);
        String villageName = unique("草莓村");
        String code = code(12);
        String village = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", villageName, "level", "VILLAGE", "parentId", township, "divisionCode", code))
                .post("/api/v1/org-units").then().statusCode(201).extract().path("id");

        asAdmin().queryParam("ancestorId", c[0]).get("/api/v1/org-units").then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.id", not(org.hamcrest.Matchers.hasItem(c[0])));
        asAdmin().queryParam("ancestorId", c[1]).queryParam("level", "VILLAGE").get("/api/v1/org-units").then()
                .body("items.id", contains(village));
        asAdmin().queryParam("parentId", c[1]).queryParam("sort", "-level").get("/api/v1/org-units").then()
                .body("items.level", contains("TOWNSHIP", "SUBDISTRICT"));
        asAdmin().queryParam("ancestorId", c[0]).queryParam("q", villageName.substring(2).toUpperCase())
                .get("/api/v1/org-units").then().body("items.name", contains(villageName));
        asAdmin().queryParam("divisionCode", code).get("/api/v1/org-units").then().body("items.id", contains(village));
        asAdmin().queryParam("ancestorId", c[0]).queryParam("status", "DISSOLVED").get("/api/v1/org-units").then()
                .body("totalItems", equalTo(0));
        asAdmin().queryParam("ancestorId", c[0]).queryParam("size", 2).queryParam("page", 1).get("/api/v1/org-units")
                .then().body("items", hasSize(2)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("totalItems", equalTo(5));
    }

    @Test
    void oversizePagesAndUnknownSortsAreRefused() {
        asAdmin().queryParam("size", 201).get("/api/v1/org-units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].message", equalTo("must be at most 200"));
        asAdmin().queryParam("page", -1).get("/api/v1/org-units").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        asAdmin().queryParam("sort", "secret").get("/api/v1/org-units").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void ancestorsComeRootFirst() {
        String[] c = chain();
        asAdmin().get("/api/v1/org-units/" + c[3] + "/ancestors").then().statusCode(200)
                .body("id", contains(c[0], c[1], c[2]));
        asAdmin().get("/api/v1/org-units/" + c[0] + "/ancestors").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void moveRewritesTheSubtreeAndRefusesCyclesAndLevelViolations() {
        String[] a = chain();
        String district2 = createId("DISTRICT", a[0]);
        String leaf = createId("COMMUNITY", a[2]);

        // cycle: a sub-district under its own community's ... level rule fails first, so use the district
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(a[1]))
                .body(Map.of("newParentId", a[1])).post("/api/v1/org-units/" + a[1] + "/move")
                .then().statusCode(409).body("detail", containsString("cycle"));
        // a sub-district cannot sit under a city
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(a[2]))
                .body(Map.of("newParentId", a[0])).post("/api/v1/org-units/" + a[2] + "/move")
                .then().statusCode(409).body("detail", containsString("cannot sit under a CITY"));
        // stale If-Match
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(Map.of("newParentId", district2)).post("/api/v1/org-units/" + a[2] + "/move")
                .then().statusCode(412);

        String district2Path = asAdmin().get("/api/v1/org-units/" + district2).then().extract().path("path");
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(a[2]))
                .body(Map.of("newParentId", district2)).post("/api/v1/org-units/" + a[2] + "/move")
                .then().statusCode(200)
                .body("parentId", equalTo(district2))
                .body("path", startsWith(district2Path + "."));
        String movedPath = asAdmin().get("/api/v1/org-units/" + a[2]).then().extract().path("path");
        asAdmin().get("/api/v1/org-units/" + leaf).then().body("path", startsWith(movedPath + "."))
                .body("version", equalTo(1));
        asAdmin().get("/api/v1/org-units/" + a[3] + "/ancestors").then().body("id", contains(a[0], district2, a[2]));
        asAdmin().queryParam("ancestorId", a[1]).get("/api/v1/org-units").then().body("totalItems", equalTo(0));
        asAdmin().queryParam("ancestorId", district2).get("/api/v1/org-units").then().body("totalItems", equalTo(3));
    }

    @Test
    void dissolveIsRefusedWhileActiveChildrenRemain() {
        String[] c = chain();
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[2]))
                .body(Map.of("reason", "merged")).post("/api/v1/org-units/" + c[2] + "/dissolve")
                .then().statusCode(409).body("detail", containsString("1 active child"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[3]))
                .body(Map.of("reason", "merged into a neighbour")).post("/api/v1/org-units/" + c[3] + "/dissolve")
                .then().statusCode(200).body("status", equalTo("DISSOLVED"))
                .body("dissolvedReason", equalTo("merged into a neighbour"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[2]))
                .body(Map.of("reason", "merged")).post("/api/v1/org-units/" + c[2] + "/dissolve")
                .then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[2]))
                .body(Map.of("reason", "again")).post("/api/v1/org-units/" + c[2] + "/dissolve")
                .then().statusCode(409).body("detail", containsString("already dissolved"));
        // a dissolved parent takes no new children; its old name is free again
        create(unique("c"), "COMMUNITY", c[2]).statusCode(409);
        asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "")).header("If-Match", "*")
                .post("/api/v1/org-units/" + c[1] + "/dissolve").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
    }

    @Test
    void statsCountActiveDescendantsByLevel() {
        String[] c = chain();
        String township = createId("TOWNSHIP", c[1]);
        createId("VILLAGE", township);
        createId("VILLAGE", township);
        String gone = createId("VILLAGE", township);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(gone)).body(Map.of("reason", "merged"))
                .post("/api/v1/org-units/" + gone + "/dissolve").then().statusCode(200);

        asAdmin().get("/api/v1/org-units/" + c[0] + "/stats").then().statusCode(200)
                .body("orgUnitId", equalTo(c[0]))
                .body("totalDescendants", equalTo(6))
                .body("descendantsByLevel.DISTRICT", equalTo(1))
                .body("descendantsByLevel.SUBDISTRICT", equalTo(1))
                .body("descendantsByLevel.TOWNSHIP", equalTo(1))
                .body("descendantsByLevel.COMMUNITY", equalTo(1))
                .body("descendantsByLevel.VILLAGE", equalTo(2))
                .body("descendantsByLevel.CITY", nullValue());
        asAdmin().get("/api/v1/org-units/" + c[3] + "/stats").then().body("totalDescendants", equalTo(0));
    }

    @Test
    void idempotentCreateReplaysTheFirstResponse() {
        String key = unique("key");
        Map<String, Object> body = Map.of("name", unique("city"), "level", "CITY");
        var first = asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/org-units").then().statusCode(201).extract();
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/org-units").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(first.path("id")));
        asAdmin().queryParam("q", body.get("name")).get("/api/v1/org-units").then().body("totalItems", equalTo(1));

        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", unique("other"), "level", "CITY"))
                .post("/api/v1/org-units").then().statusCode(422)
                .body("detail", containsString("different request body"));
    }

    @Test
    void aFailedCreateLeavesItsIdempotencyKeyFree() {
        String key = unique("key");
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", unique("d"), "level", "DISTRICT"))
                .post("/api/v1/org-units").then().statusCode(400);
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", unique("c"), "level", "CITY"))
                .post("/api/v1/org-units").then().statusCode(201).header("Idempotent-Replayed", is((String) null));
    }

    @Test
    void theCallersRequestIdComesBackAndOneIsMadeWhenMissing() {
        asAdmin().header("X-Request-Id", "trace-42").get("/api/v1/org-units").then().statusCode(200)
                .header("X-Request-Id", "trace-42");
        asAdmin().get("/api/v1/org-units/9a0c2f5e-1111-4222-8333-444455556666").then().statusCode(404)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        // ids that could forge log content are replaced, not logged
        asAdmin().header("X-Request-Id", "a b <script>").get("/api/v1/org-units").then()
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }
}
