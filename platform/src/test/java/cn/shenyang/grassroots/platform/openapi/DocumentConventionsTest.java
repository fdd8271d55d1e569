package cn.shenyang.grassroots.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class DocumentConventionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode doc() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {'paths': {'/api/v1/things': {
                   'get': {'parameters': [{'name': 'q', 'in': 'query', 'schema': {'type': 'string'}},
                                          {'name': 'If-None-Match', 'in': 'header', 'schema': {'type': 'string'}}],
                           'responses': {'200': {'headers': {'ETag': {'description': 'version'}},
                             'content': {'application/json': {'schema': {'$ref': '#/components/schemas/ThingPage'}}}}}},
                   'post': {'requestBody': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/CreateThing'}}}},
                            'responses': {'201': {'headers': {'Location': {}, 'Retry-After': {}},
                              'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Thing'}}}}}}}},
                 'components': {'schemas': {
                   'UUID': {'type': 'string', 'format': 'uuid', 'pattern': '[a-f0-9-]{36}'},
                   'Kind': {'type': 'string', 'enum': ['A', 'B']},
                   'CreateThing': {'type': 'object', 'properties': {
                      'parentId': {'$ref': '#/components/schemas/UUID', 'type': 'string', 'description': 'the parent'},
                      'kind': {'$ref': '#/components/schemas/Kind', 'type': 'string'},
                      'count': {'type': 'integer', 'format': 'int32', 'minimum': 0}}},
                   'Thing': {'type': 'object', 'properties': {
                      'id': {'$ref': '#/components/schemas/UUID'}, 'version': {'type': 'integer', 'format': 'int64'},
                      'name': {'type': 'string'}, 'kind': {'$ref': '#/components/schemas/Kind', 'description': 'its kind'}}},
                   'ThingPage': {'type': 'object', 'properties': {
                      'items': {'type': 'array', 'items': {'$ref': '#/components/schemas/Thing'}},
                      'page': {'type': 'integer', 'format': 'int32'}, 'size': {'type': 'integer', 'format': 'int32'},
                      'totalItems': {'type': 'integer', 'format': 'int64'}}}}}}
                """.replace('\'', '"'));
    }

    @Test
    void scalarsAreInlinedAndOnlyADescriptionStandsBesideARefInsideAnAllOf() throws Exception {
        ObjectNode d = DocumentConventions.apply(doc());
        assertFalse(d.at("/components/schemas").has("UUID"));
        JsonNode parent = d.at("/components/schemas/CreateThing/properties/parentId");
        assertEquals("uuid", parent.path("format").asText());
        assertEquals("the parent", parent.path("description").asText());
        assertEquals(36, parent.path("maxLength").asInt());
        assertEquals("{\"$ref\":\"#/components/schemas/Kind\"}",
                d.at("/components/schemas/CreateThing/properties/kind").toString());
        assertEquals("#/components/schemas/Kind", d.at("/components/schemas/Thing/properties/kind/allOf/0/$ref").asText());
        assertEquals("its kind", d.at("/components/schemas/Thing/properties/kind/description").asText());
    }

    @Test
    void headersGetSchemasAndLimitsFollowFormatsAndTheRequestLimits() throws Exception {
        ObjectNode d = DocumentConventions.apply(doc());
        assertEquals("string", d.at("/paths/~1api~1v1~1things/get/responses/200/headers/ETag/schema/type").asText());
        assertEquals("uri-reference",
                d.at("/paths/~1api~1v1~1things/post/responses/201/headers/Location/schema/format").asText());
        assertEquals("integer", d.at("/paths/~1api~1v1~1things/post/responses/201/headers/Retry-After/schema/type").asText());
        assertEquals(8192, d.at("/paths/~1api~1v1~1things/get/parameters/0/schema/maxLength").asInt());
        assertEquals(16384, d.at("/paths/~1api~1v1~1things/get/parameters/1/schema/maxLength").asInt());
        assertEquals(0, d.at("/components/schemas/CreateThing/properties/count/minimum").asInt());
        assertEquals(Integer.MAX_VALUE, d.at("/components/schemas/CreateThing/properties/count/maximum").asInt());
    }

    @Test
    void responseObjectsRequireWhatIsAlwaysThereAndLetTheRestBeNull() throws Exception {
        ObjectNode d = DocumentConventions.apply(doc());
        assertEquals("[\"id\",\"version\"]", d.at("/components/schemas/Thing/required").toString());
        assertEquals("[\"string\",\"null\"]", d.at("/components/schemas/Thing/properties/name/type").toString());
        assertEquals("[\"items\",\"page\",\"size\",\"totalItems\"]", d.at("/components/schemas/ThingPage/required").toString());
        assertEquals(200, d.at("/components/schemas/ThingPage/properties/items/maxItems").asInt());
        assertFalse(d.at("/components/schemas/CreateThing").has("required"), "request bodies say what they require");
    }

    @Test
    void applyingTwiceChangesNothing() throws Exception {
        ObjectNode once = DocumentConventions.apply(doc());
        assertEquals(once, DocumentConventions.apply(once.deepCopy()));
    }
}
