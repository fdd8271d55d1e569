package cn.shenyang.grassroots.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode doc(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void clashingSchemasAreRenamedWithTheirRefsAndIdenticalOnesKeptOnce() throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        docs.put("volunteer", doc("""
                {'paths': {'/api/v1/volunteers/{id}': {'get': {'operationId': 'getItem',
                    'responses': {'200': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Item'}}}}}}}},
                 'components': {'schemas': {'Item': {'type': 'object'}, 'Same': {'type': 'string'}, 'Problem': {'type': 'object'}}},
                 'servers': [{'url': 'http://localhost:8082'}]}"""));
        docs.put("rural-industry", doc("""
                {'paths': {'/api/v1/industry-projects': {'get': {'operationId': 'getItem',
                    'responses': {'200': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Item'}}}}}}},
                           '/internal/debug': {'get': {'operationId': 'debug'}}},
                 'components': {'schemas': {'Item': {'type': 'array'}, 'Same': {'type': 'string'}}}}"""));
        ObjectNode merged = DocumentMerge.merge(docs,
                Map.of("volunteer", List.of("/api/v1/volunteers"), "rural-industry", List.of("/api/v1/industry-projects")),
                Set.of("Problem", "Account"), Set.of("Problem"), Set.of("issueToken"));

        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("object", schemas.path("Item").path("type").asText());
        assertEquals("array", schemas.path("RuralIndustryItem").path("type").asText());
        assertTrue(schemas.has("Same"));
        assertFalse(schemas.has("RuralIndustrySame"), "identical schemas are kept once");
        assertFalse(schemas.has("Problem"), "the gateway's copy of a shared schema is used");
        assertEquals("#/components/schemas/RuralIndustryItem", merged.at(
                "/paths/~1api~1v1~1industry-projects/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("getItem", merged.at("/paths/~1api~1v1~1volunteers~1{id}/get/operationId").asText());
        assertEquals("ruralIndustryGetItem", merged.at("/paths/~1api~1v1~1industry-projects/get/operationId").asText());
        assertFalse(merged.path("paths").has("/internal/debug"), "only routed prefixes are published");
        assertFalse(merged.toString().contains("localhost"));
    }

    @Test
    void aSchemaNamedLikeOneOfTheGatewaysIsRenamed() throws Exception {
        ObjectNode merged = DocumentMerge.merge(Map.of("volunteer", doc("""
                {'paths': {}, 'components': {'schemas': {'Account': {'type': 'string'}}}}""")),
                Map.of("volunteer", List.of("/api/v1/volunteers")), Set.of("Account"), Set.of(), Set.of());
        assertTrue(merged.at("/components/schemas/VolunteerAccount").isObject());
        assertFalse(merged.at("/components/schemas").has("Account"));
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        assertTrue(DocumentMerge.routed("/api/v1/org-units", List.of("/api/v1/org-units")));
        assertTrue(DocumentMerge.routed("/api/v1/org-units/{id}/move", List.of("/api/v1/org-units")));
        assertFalse(DocumentMerge.routed("/api/v1/org-units-archive", List.of("/api/v1/org-units")));
    }
}
