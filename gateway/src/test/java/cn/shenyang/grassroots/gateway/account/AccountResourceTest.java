package cn.shenyang.grassroots.gateway.account;

import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static cn.shenyang.grassroots.gateway.support.Tokens.part;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.shenyang.grassroots.gateway.support.Tokens;
import cn.shenyang.grassroots.platform.orgreplica.OrgReplicaSync;
import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Account and client management, with the org units created in the real org-structure-service
 * and brought into the gateway's replica from its change feed.
 */
@QuarkusTest
class AccountResourceTest {
    @Inject
    OrgReplicaSync sync;

    String admin;
    String districtA;
    String subdistrictA1;
    String districtB;

    @BeforeEach
    void orgUnits() {
        admin = Tokens.admin();
        String city = unit("CITY", null);
        districtA = unit("DISTRICT", city);
        subdistrictA1 = unit("SUBDISTRICT", districtA);
        districtB = unit("DISTRICT", city);
        sync.catchUp();
    }

    @Test
    void anOrgManagerManagesOnlyTheirSubtreeAndNeverAboveTheirRole() {
        String managerName = unique("manager");
        String managerId = create(admin, managerName, List.of(Roles.ORG_MANAGER), districtA).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("username", equalTo(managerName))
                .body("roles", contains(Roles.ORG_MANAGER))
                .body("orgUnitId", equalTo(districtA))
                .body("enabled", equalTo(true))
                .body("createdBy", equalTo("admin"))
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")))
                .extract().path("id");

        String manager = Tokens.password(managerName, "a-good-password");
        Map<String, Object> claims = part(manager, 1);
        assertEquals(districtA, claims.get(Claims.ORG_UNIT_ID));
        assertEquals(pathOf(districtA), claims.get(Claims.ORG_PATH));

        String viewerName = unique("viewer");
        String viewerId = create(manager, viewerName, List.of(Roles.VIEWER), subdistrictA1).statusCode(201)
                .body("createdBy", equalTo(managerName)).extract().path("id");

        create(manager, unique("x"), List.of(Roles.VIEWER), districtB).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("orgUnitId"));
        create(manager, unique("x"), List.of(Roles.ADMIN), subdistrictA1).statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("You cannot grant ADMIN: it is above your own role"));
        create(manager, unique("x"), List.of(Roles.INTEGRATION), null).statusCode(403);
        create(manager, unique("x"), List.of("SUPERUSER"), subdistrictA1).statusCode(400)
                .body("violations[0].field", equalTo("roles[0]"));

        as(manager).get("/api/v1/accounts").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.username", containsInAnyOrder(managerName, viewerName));
        as(manager).queryParam("role", Roles.ORG_MANAGER).get("/api/v1/accounts").then()
                .body("items.username", contains(managerName));
        as(manager).queryParam("q", viewerName.toUpperCase()).get("/api/v1/accounts").then()
                .body("items.username", contains(viewerName));
        as(manager).queryParam("enabled", false).get("/api/v1/accounts").then().body("totalItems", equalTo(0));
        String adminId = as(admin).queryParam("q", "admin").queryParam("role", Roles.ADMIN).get("/api/v1/accounts")
                .then().statusCode(200).extract().path("items.find { it.username == 'admin' }.id");
        as(manager).get("/api/v1/accounts/" + adminId).then().statusCode(404)
                .body("type", equalTo("urn:grassroots:problem:not-found"));
        as(manager).get("/api/v1/accounts/" + managerId).then().statusCode(200).body("username", equalTo(managerName));

        // updates need the current ETag; a liaison answers for a department
        String department = UUID.randomUUID().toString();
        Map<String, Object> update = Map.of("roles", List.of(Roles.VIEWER, Roles.DEPARTMENT_LIAISON),
                "orgUnitId", districtA, "enabled", true, "displayName", "张三", "departmentId", department);
        as(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("roles", List.of(Roles.DEPARTMENT_LIAISON), "orgUnitId", districtA, "enabled", true))
                .put("/api/v1/accounts/" + viewerId).then().statusCode(400)
                .body("violations[0].field", equalTo("departmentId"));
        as(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("roles", List.of(Roles.VIEWER), "orgUnitId", districtA, "enabled", true,
                        "departmentId", department))
                .put("/api/v1/accounts/" + viewerId).then().statusCode(400)
                .body("violations[0].field", equalTo("departmentId"));
        as(manager).contentType(ContentType.JSON).body(update).put("/api/v1/accounts/" + viewerId)
                .then().statusCode(428);
        as(manager).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(update)
                .put("/api/v1/accounts/" + viewerId).then().statusCode(412);
        as(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .put("/api/v1/accounts/" + viewerId).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("roles", contains(Roles.DEPARTMENT_LIAISON, Roles.VIEWER))
                .body("displayName", equalTo("张三"))
                .body("orgUnitId", equalTo(districtA))
                .body("departmentId", equalTo(department))
                .body("updatedBy", equalTo(managerName));

        as(manager).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("password", "another-password-2"))
                .post("/api/v1/accounts/" + viewerId + "/password").then().statusCode(200)
                .header("ETag", equalTo("\"2\""));
        String viewer = Tokens.password(viewerName, "another-password-2");
        assertEquals(List.of(Roles.DEPARTMENT_LIAISON, Roles.VIEWER).stream().sorted().toList(),
                ((List<?>) part(viewer, 1).get("groups")).stream().map(Object::toString).sorted().toList());
        assertEquals(department, part(viewer, 1).get(Claims.DEPARTMENT_ID));

        // a viewer cannot manage accounts at all
        as(viewer).get("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json");
        // disabling an account stops its logins
        as(manager).contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("roles", List.of(Roles.VIEWER), "orgUnitId", districtA, "enabled", false))
                .put("/api/v1/accounts/" + viewerId).then().statusCode(200).body("enabled", equalTo(false));
        given().contentType(ContentType.URLENC).header("X-Forwarded-For", "198.51.100.77")
                .formParam("grant_type", "password").formParam("username", viewerName)
                .formParam("password", "another-password-2")
                .post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void aManagerCannotChangeAnAccountAboveTheirRole() {
        String managerName = unique("manager");
        create(admin, managerName, List.of(Roles.ORG_MANAGER), districtA).statusCode(201);
        String adminInside = create(admin, unique("local-admin"), List.of(Roles.ADMIN), subdistrictA1).statusCode(201)
                .extract().path("id");
        String manager = Tokens.password(managerName, "a-good-password");
        as(manager).get("/api/v1/accounts/" + adminInside).then().statusCode(200);
        as(manager).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("password", "taken-over-password"))
                .post("/api/v1/accounts/" + adminInside + "/password").then().statusCode(403);
    }

    @Test
    void createIsIdempotentWithAKeyAndRefusesADuplicateName() {
        String name = unique("idem");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(name, List.of(Roles.VIEWER), districtA);
        String first = as(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        as(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/accounts").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        as(admin).contentType(ContentType.JSON).body(body).post("/api/v1/accounts").then().statusCode(409)
                .contentType("application/problem+json");
        as(admin).contentType(ContentType.JSON).body(Map.of("username", unique("v"), "password", "short",
                        "roles", List.of(Roles.VIEWER), "orgUnitId", districtA))
                .post("/api/v1/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("password"));
        as(admin).contentType(ContentType.JSON).body(Map.of("username", unique("v"), "password", "long-enough-pw",
                        "roles", List.of(Roles.VIEWER)))
                .post("/api/v1/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("orgUnitId"));
    }

    @Test
    void integrationClientsAreScopedAndTheirSecretsRotate() {
        String managerName = unique("manager");
        create(admin, managerName, List.of(Roles.ORG_MANAGER), districtA).statusCode(201);
        String manager = Tokens.password(managerName, "a-good-password");
        String clientId = unique("script");
        String secret = "a-long-enough-client-secret-1";
        String id = as(manager).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "name", "Village data loader", "clientSecret", secret,
                        "roles", List.of(Roles.INTEGRATION), "orgUnitId", subdistrictA1))
                .post("/api/v1/integration-clients").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("clientId", equalTo(clientId))
                .body("$", not(hasKey("clientSecret")))
                .extract().path("id");
        as(manager).contentType(ContentType.JSON)
                .body(Map.of("clientId", unique("x"), "name", "x", "clientSecret", secret,
                        "roles", List.of(Roles.INTEGRATION), "orgUnitId", districtB))
                .post("/api/v1/integration-clients").then().statusCode(400);

        String token = clientToken(clientId, secret).statusCode(200).extract().path("access_token");
        assertEquals(pathOf(subdistrictA1), part(token, 1).get(Claims.ORG_PATH));
        assertEquals(List.of(Roles.INTEGRATION), part(token, 1).get("groups"));

        String rotated = as(manager).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/integration-clients/" + id + "/secret").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", equalTo("\"1\""))
                .body("clientId", equalTo(clientId))
                .extract().path("clientSecret");
        assertNotEquals(secret, rotated);
        clientToken(clientId, rotated).statusCode(200);
        clientToken(clientId, secret).statusCode(401);

        as(manager).get("/api/v1/integration-clients").then().statusCode(200)
                .body("items.clientId", contains(clientId));
    }

    private ValidatableResponse clientToken(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).header("X-Forwarded-For", "198.51.100.88")
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/token").then();
    }

    private static ValidatableResponse create(String token, String username, List<String> roles, String orgUnitId) {
        return as(token).contentType(ContentType.JSON).body(body(username, roles, orgUnitId))
                .post("/api/v1/accounts").then();
    }

    private static Map<String, Object> body(String username, List<String> roles, String orgUnitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", "a-good-password");
        body.put("roles", roles);
        if (orgUnitId != null) {
            body.put("orgUnitId", orgUnitId);
        }
        return body;
    }

    private String unit(String level, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", level.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("level", level);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return as(admin).contentType(ContentType.JSON).body(body).post("/api/v1/org-units")
                .then().statusCode(201).extract().path("id");
    }

    private String pathOf(String unitId) {
        return as(admin).get("/api/v1/org-units/" + unitId).then().statusCode(200).extract().path("path");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
