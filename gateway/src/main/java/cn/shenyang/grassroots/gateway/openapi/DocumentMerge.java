package cn.shenyang.grassroots.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines the gateway's own OpenAPI document with the services' into the one document the
 * gateway publishes. Only the routed prefixes are published; servers are dropped; a schema that
 * another document defines identically is kept once. What cannot be combined cleanly is still
 * served (a schema defined differently is renamed with its service's name, and every $ref follows;
 * an operationId already taken is prefixed with the service's name) but is listed in
 * {@value #CONFLICTS}, which the quality gates refuse.
 */
public final class DocumentMerge {
    public static final String CONFLICTS = "x-merge-conflicts";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Set<String> OPERATION_KEYS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

    /**
     * @param own       the gateway's own document (it is not changed)
     * @param documents each service's document, in route-table order
     * @param prefixes  each service's routed path prefixes
     * @param shared    schemas defined once in platform: the gateway's copy stands for every service's
     */
    public static ObjectNode merge(ObjectNode own, Map<String, JsonNode> documents, Map<String, List<String>> prefixes,
            Set<String> shared) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode merged = own.deepCopy();
        ObjectNode paths = merged.has("paths") ? (ObjectNode) merged.get("paths") : merged.putObject("paths");
        ObjectNode components = merged.has("components") ? (ObjectNode) merged.get("components")
                : merged.putObject("components");
        ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.get("schemas")
                : components.putObject("schemas");
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        merged.path("tags").forEach(t -> tags.putIfAbsent(t.path("name").asText(), (ObjectNode) t));
        ArrayNode conflicts = f.arrayNode();
        Map<String, String> operationIds = new HashMap<>();
        forEachOperation(paths, (path, op) -> {
            String id = op.path("operationId").asText(null);
            if (id != null && operationIds.putIfAbsent(id, "gateway") != null) {
                conflicts.add("operationId " + id + " is used twice by the gateway");
            }
        });

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
                if (earlier == null) {
                    keptSchemas.set(name, s.getValue());
                } else if (!earlier.equals(s.getValue())) {
                    String renamed = pascal(service) + name;
                    renames.put(name, renamed);
                    keptSchemas.set(renamed, s.getValue());
                    conflicts.add("schema " + name + " of " + service + " differs from another document's; published as "
                            + renamed);
                }
            });
            rewriteRefs(source, renames);
            rewriteRefs(keptSchemas, renames);
            schemas.setAll(keptSchemas);

            ObjectNode published = f.objectNode();
            source.path("paths").fields().forEachRemaining(p -> {
                if (routed(p.getKey(), prefixes.getOrDefault(service, List.of()))) {
                    published.set(p.getKey(), p.getValue());
                }
            });
            forEachOperation(published, (path, operation) -> {
                String id = operation.path("operationId").asText(null);
                if (id == null) {
                    conflicts.add(path + " of " + service + " has no operationId");
                } else if (operationIds.putIfAbsent(id, service) != null) {
                    String prefixed = camel(service) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
                    conflicts.add("operationId " + id + " of " + service + " is already used by "
                            + operationIds.get(id) + "; published as " + prefixed);
                    operation.put("operationId", prefixed);
                    operationIds.put(prefixed, service);
                }
                operation.remove("servers");
                documentTimeout(operation);
            });
            published.fields().forEachRemaining(p -> {
                ((ObjectNode) p.getValue()).remove("servers");
                if (paths.has(p.getKey())) {
                    conflicts.add("path " + p.getKey() + " of " + service + " is already published; the later one wins");
                }
                paths.set(p.getKey(), p.getValue());
            });
            for (JsonNode tag : source.path("tags")) {
                tags.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag);
            }
        }
        merged.putArray("tags").addAll(new ArrayList<>(tags.values()));
        merged.remove("servers");
        merged.remove(CONFLICTS);
        if (!conflicts.isEmpty()) {
            merged.set(CONFLICTS, conflicts);
        }
        return merged;
    }

    /**
     * The gateway's own answer when a routed service takes longer than the route's budget, a
     * problem like the service's 503.
     */
    private static void documentTimeout(ObjectNode operation) {
        JsonNode responses = operation.path("responses");
        if (!(responses instanceof ObjectNode r) || r.has("504")) {
            return;
        }
        ObjectNode timeout = r.putObject("504").put("description", "The service did not answer within the gateway's "
                + "time budget for its route; a write may or may not have taken effect: read before sending it again "
                + "(an Idempotency-Key makes a repeated create safe)");
        JsonNode content = r.path("503").path("content");
        if (!content.isMissingNode()) {
            timeout.set("content", content.deepCopy());
        }
    }

    private static void forEachOperation(ObjectNode paths, java.util.function.BiConsumer<String, ObjectNode> action) {
        paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (OPERATION_KEYS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                action.accept(op.getKey().toUpperCase() + " " + p.getKey(), operation);
            }
        }));
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
