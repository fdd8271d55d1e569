package cn.shenyang.grassroots.volunteer;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Existing;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Someone else's id answers 404 on every path that names one, read from the OpenAPI document so a
 * new endpoint is covered without a new test: every GET, and every write whose precondition
 * (If-Match) is judged before its body. The owner's own manager reads each of them.
 */
@QuarkusTest
class ScopeTest {
    private static final String PUBLIC = "/api/v1/service-certificates/{number}";

    @Test
    void anIdFromAnotherSubtreeIsNotFoundOnEveryPathThatNamesOne() {
        Existing.Records records = Existing.create();
        String outsider = Fixtures.tree().subdistrict().path();
        String owner = records.tree().subdistrict().path();
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = new TreeMap<>(doc.getMap("paths"));
        List<String> checked = new ArrayList<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().contains("{") || path.getKey().equals(PUBLIC)) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                String method = op.getKey();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) op.getValue())
                        .getOrDefault("parameters", List.of());
                boolean precondition = parameters.stream().anyMatch(p -> "If-Match".equals(p.get("name")));
                if (!method.equals("get") && !precondition) {
                    continue;
                }
                String concrete = records.concrete(path.getKey());
                Response theirs = as("outsider", Roles.ORG_MANAGER, outsider).header("If-Match", "*")
                        .contentType("application/json").body("{}").request(method, concrete);
                assertEquals(404, theirs.statusCode(), method + " " + concrete + ": " + theirs.asString());
                assertTrue(theirs.contentType().startsWith("application/problem+json"));
                if (method.equals("get")) {
                    Response ours = as("owner", Roles.ORG_MANAGER, owner).get(concrete);
                    assertEquals(200, ours.statusCode(), "GET " + concrete + ": " + ours.asString());
                }
                checked.add(method + " " + path.getKey());
            }
        }
        assertTrue(checked.size() >= 30, "paths checked: " + checked);
        // a VIEWER of the owner's subtree reads but never writes
        as("viewer", Roles.VIEWER, owner).get(records.concrete("/api/v1/volunteers/{id}")).then().statusCode(200);
        as("viewer", Roles.VIEWER, owner).contentType("application/json").header("If-Match", "*").body("{}")
                .put(records.concrete("/api/v1/volunteers/{id}")).then().statusCode(403);
        // a certificate is verified by its number by anyone signed in, whatever their subtree; not without a token
        as("outsider", Roles.VIEWER, outsider).get(records.concrete(PUBLIC)).then().statusCode(200);
        given().get(records.concrete(PUBLIC)).then().statusCode(401);
    }
}
