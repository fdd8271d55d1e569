package cn.shenyang.grassroots.cadre;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndDictionariesTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueOperationIdAndATag() {
        Map<String, Object> doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            assertTrue(path.getKey().startsWith("/api/v1/"), path.getKey());
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                operations++;
                String id = (String) operation.get("operationId");
                assertNotNull(id, op.getKey() + " " + path.getKey());
                assertTrue(ids.add(id), "duplicate operationId " + id);
                assertFalse(((List<?>) operation.get("tags")).isEmpty(), id + " has no tag");
            }
        }
        assertTrue(operations >= 40, "operations: " + operations);
        assertEquals(null, doc.get("servers"));
    }

    @Test
    void dictionariesLabelEveryEnum() {
        asAdmin().get("/api/v1/reserve-cadre-dictionaries").then().statusCode(200)
                .body("stage.find { it.value == 'IN_RESERVE' }.labelZh", equalTo("入库(后备干部)"))
                .body("source.find { it.value == 'COLLEGE_GRADUATE_OFFICIAL' }.labelZh", equalTo("大学生村官"))
                .body("trainingKind.size()", equalTo(6))
                .body("deploymentKind.find { it.value == 'HIGHWAY_CHECKPOINT' }.labelEn", equalTo("Highway checkpoint"));
        given().get("/api/v1/reserve-cadre-dictionaries").then().statusCode(401);
    }
}
