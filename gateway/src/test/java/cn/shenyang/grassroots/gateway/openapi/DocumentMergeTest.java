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
        ObjectNode merged = DocumentMerge.merge(gateway(),  docs,
                Map.of("volunteer", List.of("/api/v1/volunteers"), "rural-industry", List.of("/api/v1/industry-projects")),
                Set.of("Problem"));

        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("object", schemas.path("Item").path("type").asText());
        assertEquals("array", schemas.path("RuralIndustryItem").path("type").asText());
        assertTrue(schemas.has("Same"));
        assertFalse(schemas.has("RuralIndustrySame"), "identical schemas are kept once");
        assertEquals("the gateway copy", schemas.path("Problem").path("description").asText(),
                "the gateway's copy of a shared schema is used");
        assertEquals("#/components/schemas/RuralIndustryItem", merged.at(
                "/paths/~1api~1v1~1industry-projects/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("getItem", merged.at("/paths/~1api~1v1~1volunteers~1{id}/get/operationId").asText());
        assertEquals("ruralIndustryGetItem", merged.at("/paths/~1api~1v1~1industry-projects/get/operationId").asText());
        assertFalse(merged.path("paths").has("/internal/debug"), "only routed prefixes are published");
        assertFalse(merged.toString().contains("localhost"));
        assertEquals(List.of("schema Item of rural-industry differs from another document's; published as RuralIndustryItem",
                        "operationId getItem of rural-industry is already used by volunteer; published as ruralIndustryGetItem"),
                JSON.convertValue(merged.get(DocumentMerge.CONFLICTS), List.class));
    }

    @Test
    void aDuplicateOperationIdAndAnOperationWithoutIdAreConflicts() throws Exception {
        ObjectNode merged = DocumentMerge.merge(gateway(), Map.of("volunteer", doc("""
                {'paths': {'/api/v1/volunteers': {'get': {'operationId': 'issueToken'}, 'post': {}}}}""")),
                Map.of("volunteer", List.of("/api/v1/volunteers")), Set.of());
        assertEquals(List.of("operationId issueToken of volunteer is already used by gateway; published as volunteerIssueToken",
                        "POST /api/v1/volunteers of volunteer has no operationId"),
                JSON.convertValue(merged.get(DocumentMerge.CONFLICTS), List.class));
    }

    @Test
    void aCleanMergeListsNoConflicts() throws Exception {
        ObjectNode merged = DocumentMerge.merge(gateway(), Map.of("volunteer", doc("""
                {'paths': {'/api/v1/volunteers': {'get': {'operationId': 'listVolunteers'}}},
                 'components': {'schemas': {'Account': {'type': 'object', 'description': 'the gateway'}}}}""")),
                Map.of("volunteer", List.of("/api/v1/volunteers")), Set.of());
        assertFalse(merged.has(DocumentMerge.CONFLICTS), merged.toString());
        assertEquals("issueToken", merged.at("/paths/~1api~1v1~1auth~1token/post/operationId").asText());
    }

    @Test
    void everyRoutedOperationDocumentsTheGatewaysTimeoutAsItsServiceDocumentsA503() throws Exception {
        ObjectNode merged = DocumentMerge.merge(gateway(), Map.of("volunteer", doc("""
                {'paths': {'/api/v1/volunteers': {'get': {'operationId': 'listVolunteers', 'responses': {
                    '200': {'description': 'A page'},
                    '503': {'description': 'No database', 'content': {'application/problem+json':
                        {'schema': {'$ref': '#/components/schemas/Problem'}}}}}}}}}""")),
                Map.of("volunteer", List.of("/api/v1/volunteers")), Set.of("Problem"));
        JsonNode timeout = merged.at("/paths/~1api~1v1~1volunteers/get/responses/504");
        assertTrue(timeout.path("description").asText().startsWith("The service did not answer within"), merged.toString());
        assertEquals("#/components/schemas/Problem",
                timeout.at("/content/application~1problem+json/schema/$ref").asText());
        // the gateway's own operations answer themselves
        assertTrue(merged.at("/paths/~1api~1v1~1auth~1token/post/responses/504").isMissingNode());
    }

    private static ObjectNode gateway() throws Exception {
        return (ObjectNode) doc("""
                {'paths': {'/api/v1/auth/token': {'post': {'operationId': 'issueToken'}}},
                 'components': {'schemas': {'Problem': {'description': 'the gateway copy'},
                                            'Account': {'type': 'object', 'description': 'the gateway'}}}}""");
    }

    @Test
    void aSchemaNamedLikeOneOfTheGatewaysIsRenamed() throws Exception {
        ObjectNode merged = DocumentMerge.merge(gateway(), Map.of("volunteer", doc("""
                {'paths': {}, 'components': {'schemas': {'Account': {'type': 'string'}}}}""")),
                Map.of("volunteer", List.of("/api/v1/volunteers")), Set.of());
        assertTrue(merged.at("/components/schemas/VolunteerAccount").isObject());
        assertEquals("the gateway", merged.at("/components/schemas/Account/description").asText());
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        assertTrue(DocumentMerge.routed("/api/v1/org-units", List.of("/api/v1/org-units")));
        assertTrue(DocumentMerge.routed("/api/v1/org-units/{id}/move", List.of("/api/v1/org-units")));
        assertFalse(DocumentMerge.routed("/api/v1/org-units-archive", List.of("/api/v1/org-units")));
    }
}
