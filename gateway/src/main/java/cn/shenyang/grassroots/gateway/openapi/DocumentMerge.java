package cn.shenyang.grassroots.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines the services' OpenAPI documents into one fragment (paths, schemas, tags) that the
 * gateway adds to its own. Only the routed prefixes are published; servers are dropped; a schema
 * that two documents define differently is renamed with its service's name (and every $ref to it
 * follows); an operationId already taken is prefixed with the service's name.
 */
public final class DocumentMerge {
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Set<String> OPERATION_KEYS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    /**
     * @param documents      each service's document, in route-table order
     * @param prefixes       each service's routed path prefixes
     * @param ownSchemas     schema names the gateway defines itself; {@code shared} among them are
     *                       identical in every document (platform's problem types) and are not repeated
     * @param ownOperations  operationIds the gateway uses itself
     */
    public static ObjectNode merge(Map<String, JsonNode> documents, Map<String, List<String>> prefixes,
            Set<String> ownSchemas, Set<String> shared, Set<String> ownOperations) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode paths = f.objectNode();
        ObjectNode schemas = f.objectNode();
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        Set<String> operationIds = new HashSet<>(ownOperations);

        for (Map.Entry<String, JsonNode> doc : documents.entrySet()) {
            String service = doc.getKey();
            JsonNode source = doc.getValue().deepCopy();
            Map<String, String> renames = new HashMap<>();
            ObjectNode keptSchemas = f.objectNode();
            source.path("components").path("schemas").fields().forEachRemaining(s -> {
                String name = s.getKey();
                if (shared.contains(name)) {
                    return;
                }
                JsonNode earlier = schemas.get(name);
                if (earlier == null && !ownSchemas.contains(name)) {
                    keptSchemas.set(name, s.getValue());
                } else if (earlier != null && earlier.equals(s.getValue())) {
                    return;
                } else {
                    String renamed = pascal(service) + name;
                    renames.put(name, renamed);
                    keptSchemas.set(renamed, s.getValue());
                }
            });
            rewriteRefs(source, renames);
            rewriteRefs(keptSchemas, renames);
            schemas.setAll(keptSchemas);

            source.path("paths").fields().forEachRemaining(p -> {
                if (!routed(p.getKey(), prefixes.getOrDefault(service, List.of()))) {
                    return;
                }
                p.getValue().fields().forEachRemaining(op -> {
                    if (OPERATION_KEYS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                        String id = operation.path("operationId").asText(null);
                        if (id != null && !operationIds.add(id)) {
                            String prefixed = camel(service) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
                            operation.put("operationId", prefixed);
                            operationIds.add(prefixed);
                        }
                        operation.remove("servers");
                    }
                });
                ((ObjectNode) p.getValue()).remove("servers");
                paths.set(p.getKey(), p.getValue());
            });
            for (JsonNode tag : source.path("tags")) {
                tags.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag);
            }
        }
        ObjectNode fragment = f.objectNode();
        fragment.put("openapi", "3.1.0");
        fragment.putObject("info").put("title", "services").put("version", "1");
        fragment.set("paths", paths);
        fragment.putObject("components").set("schemas", schemas);
        fragment.putArray("tags").addAll(new ArrayList<>(tags.values()));
        return fragment;
    }

    static boolean routed(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            String p = prefix.strip();
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String renamed = renames.get(ref.asText().substring(SCHEMA_REF.length()));
                if (renamed != null) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renamed));
                }
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
                rewriteRefs(it.next(), renames);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(n -> rewriteRefs(n, renames));
        }
    }

    /** org-structure → OrgStructure */
    static String pascal(String service) {
        StringBuilder sb = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /** org-structure → orgStructure */
    static String camel(String service) {
        String p = pascal(service);
        return p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    private DocumentMerge() {}
}
