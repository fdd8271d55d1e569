package cn.shenyang.grassroots.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MergedOpenApiTest {
    @Inject
    ServiceDocuments documents;

    @Test
    void oneDocumentCoversTheGatewayAndTheRunningServicesAndNamesTheMissingOnes() {
        documents.refresh();
        String body = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                // the gateway's own endpoints
                .body("paths", hasKey("/api/v1/auth/token"))
                .body("paths", hasKey("/api/v1/accounts"))
                .body("paths.'/api/v1/auth/token'.post.operationId", equalTo("issueToken"))
                // org-structure's, fetched from the running service
                .body("paths", hasKey("/api/v1/org-units/{id}"))
                .body("paths.'/api/v1/org-units/{id}'.get.operationId", equalTo("getOrgUnit"))
                .body("components.schemas", hasKey("OrgUnit"))
                .body("components.schemas", hasKey("Account"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes", hasKey("bearerAuth"))
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("tags.name", hasItem("Org units"))
                .body("tags.name", hasItem("Accounts"))
                // no internal addresses
                .body("servers", nullValue())
                .body("x-missing-services", containsInAnyOrder("cadre-pipeline", "volunteer", "closing-service",
                        "slow-service", "down-service"))
                .extract().asString();
        JsonPath doc = JsonPath.from(body);

        List<String> operationIds = new ArrayList<>();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        paths.values().forEach(item -> item.values().forEach(op -> {
            if (op instanceof Map<?, ?> m && m.get("operationId") != null) {
                operationIds.add((String) m.get("operationId"));
            }
        }));
        assertEquals(new HashSet<>(operationIds).size(), operationIds.size(), "duplicate operationIds: " + operationIds);
        assertFalse(body.contains("127.0.0.1"), "internal host names leak");
        assertFalse(body.contains("localhost"), "internal host names leak");
        // only routed prefixes are published, not the service's internal endpoints
        assertFalse(paths.keySet().stream().anyMatch(p -> p.startsWith("/q/")), paths.keySet().toString());

        // the YAML form Swagger UI reads is the same merged document, and Swagger UI is there to read it
        given().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("operationId: getOrgUnit"))
                .body(org.hamcrest.Matchers.containsString("operationId: issueToken"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
