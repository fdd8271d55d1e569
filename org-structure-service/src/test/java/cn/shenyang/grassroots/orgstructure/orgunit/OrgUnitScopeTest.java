package cn.shenyang.grassroots.orgstructure.orgunit;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.etag;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokens, roles and the organisation scope, checked on every org-units endpoint. */
@QuarkusTest
class OrgUnitScopeTest {

    @Test
    void requestsWithoutAValidTokenAre401Problems() {
        given().get("/api/v1/org-units").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not.a.token").get("/api/v1/org-units").then().statusCode(401)
                .contentType("application/problem+json");

        String expired = Jwt.issuer(Claims.ISSUER).subject("old").groups(Set.of(Roles.ADMIN))
                .issuedAt(1_600_000_000L).expiresAt(1_600_000_600L).sign();
        given().auth().oauth2(expired).get("/api/v1/org-units").then().statusCode(401);

        String valid = Jwt.issuer(Claims.ISSUER).subject("viewer").groups(Set.of(Roles.VIEWER)).expiresIn(600).sign();
        String[] parts = valid.split("\\.");
        String elevated = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"VIEWER\"", "\"ADMIN\"").getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(parts[0] + "." + elevated + "." + parts[2]).get("/api/v1/org-units").then().statusCode(401);

        String noneHeader = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(noneHeader + "." + parts[1] + ".").get("/api/v1/org-units").then().statusCode(401);

        String wrongIssuer = Jwt.issuer("someone-else").subject("x").groups(Set.of(Roles.ADMIN)).expiresIn(600).sign();
        given().auth().oauth2(wrongIssuer).get("/api/v1/org-units").then().statusCode(401);
    }

    @Test
    void viewersReadButCannotWrite() {
        String[] c = chain();
        String path = asAdmin().get("/api/v1/org-units/" + c[1]).then().extract().path("path");
        as("viewer", Roles.VIEWER, path).get("/api/v1/org-units/" + c[2]).then().statusCode(200);
        as("viewer", Roles.VIEWER, path).contentType(ContentType.JSON)
                .body(Map.of("name", unique("s"), "level", "SUBDISTRICT", "parentId", c[1]))
                .post("/api/v1/org-units").then().statusCode(403)
                .contentType("application/problem+json");
        as("viewer", Roles.VIEWER, path).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("name", "x")).put("/api/v1/org-units/" + c[2]).then().statusCode(403);
        asAdmin().get("/api/v1/org-units/" + c[2]).then().body("name", org.hamcrest.Matchers.not(equalTo("x")));
    }

    @Test
    void anotherSubtreeIsInvisibleAndListsAreLimited() {
        String[] mine = chain();
        String[] theirs = chain();
        String myPath = asAdmin().get("/api/v1/org-units/" + mine[1]).then().extract().path("path");
        var manager = as("manager", Roles.ORG_MANAGER, myPath);

        as("manager", Roles.ORG_MANAGER, myPath).get("/api/v1/org-units/" + theirs[2]).then().statusCode(404)
                .body("type", equalTo("urn:grassroots:problem:not-found"));
        as("manager", Roles.ORG_MANAGER, myPath).get("/api/v1/org-units/" + theirs[2] + "/stats").then().statusCode(404);
        as("manager", Roles.ORG_MANAGER, myPath).get("/api/v1/org-units/" + theirs[2] + "/ancestors").then().statusCode(404);
        as("manager", Roles.ORG_MANAGER, myPath).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("name", "hijacked")).put("/api/v1/org-units/" + theirs[2]).then().statusCode(404);
        manager.queryParam("ancestorId", mine[0]).get("/api/v1/org-units").then().statusCode(400);

        as("manager", Roles.ORG_MANAGER, myPath).queryParam("q", "").get("/api/v1/org-units").then().statusCode(200)
                .body("items.id", containsInAnyOrder(mine[1], mine[2], mine[3]));
        // ancestors stop at the scope root
        as("manager", Roles.ORG_MANAGER, myPath).get("/api/v1/org-units/" + mine[3] + "/ancestors").then()
                .body("id", contains(mine[1], mine[2]));
        // a scoped caller sees no whole-tree change feed
        as("manager", Roles.ORG_MANAGER, myPath).get("/api/v1/org-unit-changes").then().statusCode(403);
        as("script", Roles.INTEGRATION, myPath).get("/api/v1/org-unit-changes").then().statusCode(403);
        as("internal", Roles.INTEGRATION, null).get("/api/v1/org-unit-changes").then().statusCode(200);
        // a token with no scope and no whole-tree role sees nothing
        as("nobody", Roles.VIEWER, null).get("/api/v1/org-units").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void managersWriteOnlyInsideTheirSubtree() {
        String[] mine = chain();
        String[] theirs = chain();
        String myPath = asAdmin().get("/api/v1/org-units/" + mine[1]).then().extract().path("path");

        as("manager", Roles.ORG_MANAGER, myPath).contentType(ContentType.JSON)
                .body(Map.of("name", unique("s"), "level", "SUBDISTRICT", "parentId", mine[1]))
                .post("/api/v1/org-units").then().statusCode(201).body("createdBy", equalTo("manager"));
        as("manager", Roles.ORG_MANAGER, myPath).contentType(ContentType.JSON)
                .body(Map.of("name", unique("s"), "level", "SUBDISTRICT", "parentId", theirs[1]))
                .post("/api/v1/org-units").then().statusCode(400).body("violations[0].field", equalTo("parentId"));
        as("manager", Roles.ORG_MANAGER, myPath).contentType(ContentType.JSON)
                .body(Map.of("name", unique("city"), "level", "CITY"))
                .post("/api/v1/org-units").then().statusCode(403);

        // move into a foreign subtree: the target parent is unknown to the caller
        as("manager", Roles.ORG_MANAGER, myPath).contentType(ContentType.JSON).header("If-Match", etag(mine[3]))
                .body(Map.of("newParentId", theirs[2])).post("/api/v1/org-units/" + mine[3] + "/move")
                .then().statusCode(400).body("violations[0].field", equalTo("newParentId"));
        asAdmin().get("/api/v1/org-units/" + mine[3]).then().body("parentId", equalTo(mine[2]));
        // nor may a manager move or dissolve the root of their own scope
        as("manager", Roles.ORG_MANAGER, myPath).contentType(ContentType.JSON).header("If-Match", etag(mine[1]))
                .body(Map.of("newParentId", theirs[0])).post("/api/v1/org-units/" + mine[1] + "/move")
                .then().statusCode(403);
        as("manager", Roles.ORG_MANAGER, myPath).contentType(ContentType.JSON).header("If-Match", etag(mine[1]))
                .body(Map.of("reason", "x")).post("/api/v1/org-units/" + mine[1] + "/dissolve")
                .then().statusCode(403);
        // inside the subtree a move works
        String other = createId("SUBDISTRICT", mine[1]);
        as("manager", Roles.ORG_MANAGER, myPath).contentType(ContentType.JSON).header("If-Match", etag(mine[3]))
                .body(Map.of("newParentId", other)).post("/api/v1/org-units/" + mine[3] + "/move")
                .then().statusCode(200).body("parentId", equalTo(other));
    }
}
