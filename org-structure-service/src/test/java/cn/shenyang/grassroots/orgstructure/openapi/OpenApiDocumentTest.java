package cn.shenyang.grassroots.orgstructure.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document generated clients are built from: ids, tags, errors and security all explicit. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsNamedTaggedSecuredAndDocumentsProblemErrors() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertNotNull(doc.get("components.securitySchemes.bearerAuth"));
        assertNotNull(doc.get("components.schemas.Problem"));
        assertTrue(doc.getList("servers") == null || doc.getList("servers").isEmpty(), "no servers, so no localhost");

        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> ids = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                Map<String, Object> operation = op.getValue();
                String where = op.getKey() + " " + path.getKey();
                String id = (String) operation.get("operationId");
                assertNotNull(id, where + " has an operationId");
                assertFalse(id.isBlank());
                ids.add(id);
                assertFalse(((List<?>) operation.get("tags")).isEmpty(), where + " is tagged");
                assertNotNull(operation.get("security"), where + " declares its security");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                assertTrue(responses.containsKey("400"), where + " documents 400");
                for (var r : responses.entrySet()) {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        Map<String, Object> content = (Map<String, Object>) r.getValue().get("content");
                        assertNotNull(content, where + " " + r.getKey() + " has a body: " + r.getValue());
                        assertTrue(content.containsKey("application/problem+json"), where + " " + r.getKey() + " is a problem: " + content);
                    }
                }
            }
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "operationIds are unique: " + ids);
        assertTrue(ids.contains("importOrgUnits") && ids.contains("listOrgUnitChanges"));
    }
}
