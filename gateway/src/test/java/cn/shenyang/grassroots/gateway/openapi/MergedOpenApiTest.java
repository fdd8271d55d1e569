package cn.shenyang.grassroots.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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
                .body("components.securitySchemes", hasKey("oauth2"))
                .body("components.securitySchemes.oauth2.flows.password.tokenUrl", equalTo("/api/v1/auth/token"))
                .body("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl", equalTo("/api/v1/auth/token"))
                .body("paths.'/api/v1/org-units/{id}'.get.security[0]", hasKey("oauth2"))
                .body("paths.'/api/v1/auth/token'.post.requestBody.content.'application/x-www-form-urlencoded'.schema.'$ref'",
                        equalTo("#/components/schemas/TokenRequest"))
                .body("components.schemas.GrantType.enum", containsInAnyOrder("password", "refresh_token", "client_credentials"))
                .body("components.schemas.Account.properties.roles.items.'$ref'", equalTo("#/components/schemas/Role"))
                .body("paths.'/api/v1/auth/token'.post.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/OAuthProblem"))
                .body("paths.'/api/v1/org-units/{id}'.get.responses.'200'.headers", hasKey("X-RateLimit-Limit"))
                .body("paths.'/api/v1/org-units/{id}'.get.responses.'429'.'$ref'",
                        equalTo("#/components/responses/TooManyRequests"))
                .body("components.schemas", not(hasKey("UUID")))
                .body("components.schemas", not(hasKey("OrgStructureUUID")))
                .body("$", not(hasKey(DocumentMerge.CONFLICTS)))
                .body("tags.name", hasItem("Org units"))
                .body("tags.name", hasItem("Accounts"))
                // one templated server, the gateway's public address by default; no internal addresses
                .body("servers[0].url", equalTo("{baseUrl}"))
                .body("servers[0].variables.baseUrl.default", equalTo("http://localhost:8080"))
                .body("x-missing-services", containsInAnyOrder("cadre-pipeline", "volunteer", "rural-industry", "closing-service",
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
        assertFalse(body.contains(":" + java.net.URI.create(cn.shenyang.grassroots.gateway.support.OrgStructureProcess.url())
                .getPort()), "internal addresses leak");
        // only routed prefixes are published, not the service's internal endpoints
        assertFalse(paths.keySet().stream().anyMatch(p -> p.startsWith("/q/")), paths.keySet().toString());

        // the YAML form Swagger UI reads is the same merged document, and Swagger UI is there to read it
        given().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("operationId: getOrgUnit"))
                .body(org.hamcrest.Matchers.containsString("operationId: issueToken"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
