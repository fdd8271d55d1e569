package cn.shenyang.grassroots.platform.openapi;

import cn.shenyang.grassroots.platform.paging.PageRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conventions every published OpenAPI document follows, applied to its JSON so that what a
 * client generator, a linter or a fuzzer reads says what the server really does:
 * <ul>
 * <li>scalar schemas (UUID, dates, times, decimals) are written inline, not as components, so one
 *     service's copy never differs from another's; nothing but a description stands beside a
 *     {@code $ref}, and that inside an {@code allOf};</li>
 * <li>every response header has a schema;</li>
 * <li>strings of a fixed-length format say their length, integers the range of their format, and
 *     query, path and header parameters the request line and header limits (8 KiB, 16 KiB);</li>
 * <li>response objects list as {@code required} what is always there: ids, versions, audit
 *     stamps, a page's fields and a problem's type, title and status, besides what the code
 *     declared; a response property that is not required may be null.</li>
 * </ul>
 * Applying it twice changes nothing.
 */
public final class DocumentConventions {
    static final String SCHEMA_REF = "#/components/schemas/";
    static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** Properties that every resource view carries whenever it has them. */
    static final Set<String> ALWAYS_PRESENT = Set.of("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy");
    static final List<String> PAGE = List.of("items", "page", "size", "totalItems");
    static final List<String> PROBLEM = List.of("type", "title", "status");
    /** The request limits of platform's RequestLimits: a parameter cannot be longer than its line. */
    static final int REQUEST_LINE = 8 * 1024;
    static final int HEADERS = 16 * 1024;

    private DocumentConventions() {}

    public static ObjectNode apply(ObjectNode doc) {
        inlineScalarSchemas(doc);
        dropTypeBesideRef(doc);
        schemasForHeaders(doc);
        limitsOfFormats(doc);
        limitsOfParameters(doc);
        requiredInResponses(doc);
        return doc;
    }

    /** A component that is one string, number, integer or boolean without an enum is written where it is used. */
    static void inlineScalarSchemas(ObjectNode doc) {
        ObjectNode schemas = schemas(doc);
        if (schemas == null) {
            return;
        }
        Map<String, JsonNode> scalars = new java.util.LinkedHashMap<>();
        schemas.fields().forEachRemaining(e -> {
            if (isScalar(e.getValue())) {
                scalars.put(e.getKey(), e.getValue());
            }
        });
        if (scalars.isEmpty()) {
            return;
        }
        replaceRefs(doc, scalars);
        scalars.keySet().forEach(schemas::remove);
    }

    private static boolean isScalar(JsonNode schema) {
        String type = typeOf(schema);
        return type != null && Set.of("string", "integer", "number", "boolean").contains(type)
                && !schema.has("enum") && !schema.has("properties") && !schema.has("$ref");
    }

    private static void replaceRefs(JsonNode node, Map<String, JsonNode> scalars) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                JsonNode target = scalars.get(ref.asText().substring(SCHEMA_REF.length()));
                if (target != null) {
                    ObjectNode siblings = object.deepCopy();
                    siblings.remove("$ref");
                    siblings.remove("type");
                    object.removeAll();
                    object.setAll((ObjectNode) target.deepCopy());
                    object.remove("examples"); // the generic example of java.time, not of this field
                    object.setAll(siblings);
                }
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
                replaceRefs(it.next(), scalars);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(n -> replaceRefs(n, scalars));
        }
    }

    /**
     * The referenced schema says what it is: a type or properties beside the $ref only repeat it (or
     * contradict it), and a description beside it is kept by wrapping the $ref in an allOf, which
     * every client generator reads as the referenced type.
     */
    static void dropTypeBesideRef(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("$ref")) {
                object.retain("$ref", "description");
                if (object.has("description")) {
                    JsonNode ref = object.remove("$ref");
                    object.putArray("allOf").addObject().set("$ref", ref);
                }
            }
            object.elements().forEachRemaining(DocumentConventions::dropTypeBesideRef);
        } else if (node instanceof ArrayNode array) {
            array.forEach(DocumentConventions::dropTypeBesideRef);
        }
    }

    static void schemasForHeaders(ObjectNode doc) {
        forEachOperation(doc, operation -> operation.path("responses").forEach(response ->
                response.path("headers").fields().forEachRemaining(h -> {
                    if (h.getValue() instanceof ObjectNode header && !header.has("schema") && !header.has("$ref")) {
                        ObjectNode schema = header.putObject("schema");
                        switch (h.getKey().toLowerCase()) {
                            case "location" -> schema.put("type", "string").put("format", "uri-reference")
                                    .put("maxLength", REQUEST_LINE);
                            case "retry-after" -> schema.put("type", "integer").put("minimum", 0)
                                    .put("maximum", Integer.MAX_VALUE);
                            default -> schema.put("type", "string").put("maxLength", HEADERS);
                        }
                    }
                })));
    }

    /** A fixed-length format has a length, and an integer of a format has that format's range. */
    static void limitsOfFormats(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String type = typeOf(object);
            String format = object.path("format").asText("");
            if ("string".equals(type) && !object.has("maxLength") && !object.has("enum")) {
                switch (format) {
                    case "uuid" -> object.put("maxLength", 36);
                    case "date" -> object.put("maxLength", 10);
                    case "date-time" -> object.put("maxLength", 35); // nanoseconds and an offset
                    case "time", "local-time" -> object.put("maxLength", 18);
                    default -> { }
                }
            }
            if ("integer".equals(type) && !object.has("minimum") && !object.has("maximum")) {
                if (format.equals("int32")) {
                    object.put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
                } else if (format.equals("int64")) {
                    object.put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
                }
            } else if ("integer".equals(type) && (format.equals("int32") || format.equals("int64"))) {
                // one bound declared: the other is still the format's
                if (!object.has("minimum")) {
                    object.put("minimum", format.equals("int32") ? Integer.MIN_VALUE : Long.MIN_VALUE);
                }
                if (!object.has("maximum")) {
                    object.put("maximum", format.equals("int32") ? Integer.MAX_VALUE : Long.MAX_VALUE);
                }
            }
            object.elements().forEachRemaining(DocumentConventions::limitsOfFormats);
        } else if (node instanceof ArrayNode array) {
            array.forEach(DocumentConventions::limitsOfFormats);
        }
    }

    /** A query or path parameter fits in the request line, a header parameter in the headers. */
    static void limitsOfParameters(ObjectNode doc) {
        List<JsonNode> parameterLists = new ArrayList<>();
        doc.path("paths").forEach(item -> {
            parameterLists.add(item.path("parameters"));
            item.fields().forEachRemaining(op -> {
                if (OPERATIONS.contains(op.getKey())) {
                    parameterLists.add(op.getValue().path("parameters"));
                }
            });
        });
        for (JsonNode list : parameterLists) {
            for (JsonNode p : list) {
                JsonNode schema = p.path("schema");
                if (schema instanceof ObjectNode s && "string".equals(typeOf(s)) && !s.has("maxLength")
                        && !s.has("enum")) {
                    s.put("maxLength", "header".equals(p.path("in").asText()) ? HEADERS : REQUEST_LINE);
                }
                if (schema instanceof ObjectNode s && "array".equals(typeOf(s)) && !s.has("maxItems")) {
                    // each value repeats the name and at least '&=': the request line bounds their number
                    s.put("maxItems", REQUEST_LINE / (p.path("name").asText().length() + 2));
                }
            }
        }
    }

    /**
     * Object schemas that only responses use: what is always present is required; what is not may
     * be null (Jackson writes every property, null or not).
     */
    static void requiredInResponses(ObjectNode doc) {
        ObjectNode schemas = schemas(doc);
        if (schemas == null) {
            return;
        }
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        forEachOperation(doc, operation -> {
            operation.path("parameters").forEach(p -> refsOf(p, schemas, inRequests));
            refsOf(operation.path("requestBody"), schemas, inRequests);
            refsOf(operation.path("responses"), schemas, inResponses);
        });
        for (String name : inResponses) {
            if (inRequests.contains(name) || !(schemas.get(name) instanceof ObjectNode schema)
                    || !(schema.get("properties") instanceof ObjectNode properties)) {
                continue;
            }
            Set<String> required = new LinkedHashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            properties.fieldNames().forEachRemaining(p -> {
                if (ALWAYS_PRESENT.contains(p)) {
                    required.add(p);
                }
            });
            if (PAGE.stream().allMatch(properties::has)) {
                required.addAll(PAGE);
                if (properties.get("items") instanceof ObjectNode items && !items.has("maxItems")) {
                    items.put("maxItems", PageRequest.MAX_SIZE);
                }
            }
            if (PROBLEM.stream().allMatch(properties::has) && properties.has("detail")) {
                required.addAll(PROBLEM);
            }
            if (!required.isEmpty()) {
                ArrayNode list = schema.putArray("required");
                properties.fieldNames().forEachRemaining(p -> {
                    if (required.contains(p)) {
                        list.add(p);
                    }
                });
            }
            properties.fields().forEachRemaining(p -> {
                if (!required.contains(p.getKey()) && p.getValue() instanceof ObjectNode property) {
                    nullable(property);
                }
            });
        }
    }

    /** {@code type: string} becomes {@code type: [string, "null"]}; a $ref or composition is left as it is. */
    private static void nullable(ObjectNode property) {
        JsonNode type = property.get("type");
        if (type != null && type.isTextual()) {
            property.putArray("type").add(type.asText()).add("null");
        }
    }

    /** Names of the component schemas reachable from this node, following $refs transitively. */
    private static void refsOf(JsonNode node, ObjectNode schemas, Set<String> found) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (found.add(name)) {
                    refsOf(schemas.get(name), schemas, found);
                }
            }
            object.elements().forEachRemaining(n -> refsOf(n, schemas, found));
        } else if (node instanceof ArrayNode array) {
            array.forEach(n -> refsOf(n, schemas, found));
        }
    }

    /** The type of a schema, the non-null one of a {@code [type, "null"]} pair. */
    public static String typeOf(JsonNode schema) {
        JsonNode type = schema == null ? null : schema.get("type");
        if (type == null) {
            return null;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return null;
        }
        return type.asText();
    }

    static void forEachOperation(JsonNode doc, java.util.function.Consumer<ObjectNode> action) {
        doc.path("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            if (OPERATIONS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                action.accept(operation);
            }
        }));
    }

    private static ObjectNode schemas(ObjectNode doc) {
        return doc.path("components").get("schemas") instanceof ObjectNode s ? s : null;
    }
}
