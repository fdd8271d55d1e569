package cn.shenyang.grassroots.gates.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The merged OpenAPI document the gateway served when the clients were generated, read as JSON. */
public final class Document {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static Document instance;

    public final JsonNode root;

    private Document(JsonNode root) {
        this.root = root;
    }

    public static synchronized Document get() {
        if (instance == null) {
            try {
                instance = new Document(JSON.readTree(Path.of(System.getProperty("openapi.document",
                        "target/openapi.json")).toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** One documented operation. */
    public record Operation(String method, String path, JsonNode node) {
        public String id() {
            return node.path("operationId").asText();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        public boolean isWrite() {
            return !method.equals("get");
        }

        public List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals(in)) {
                    found.add(p);
                }
            });
            return found;
        }

        /** The roles of its security requirement (the oauth2 scopes); empty when it is open. */
        public List<String> roles() {
            List<String> roles = new ArrayList<>();
            node.path("security").forEach(r -> r.path("oauth2").forEach(s -> roles.add(s.asText())));
            return roles;
        }

        public JsonNode jsonBodySchema() {
            return node.path("requestBody").path("content").path("application/json").path("schema");
        }

        public boolean hasJsonBody() {
            return node.path("requestBody").path("content").has("application/json");
        }

        public boolean documents(int status) {
            return node.path("responses").has(Integer.toString(status));
        }
    }

    public List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        Map<String, JsonNode> paths = new TreeMap<>();
        root.path("paths").fields().forEachRemaining(e -> paths.put(e.getKey(), e.getValue()));
        paths.forEach((path, item) -> item.fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                ops.add(new Operation(op.getKey(), path, op.getValue()));
            }
        }));
        return ops;
    }

    /** Follows $ref (and a single-element allOf around one) to the schema it names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s != null; i++) {
            if (s.has("$ref")) {
                s = root.at(s.get("$ref").asText().substring(1));
            } else if (s.path("allOf").size() == 1 && !s.has("properties")) {
                s = s.path("allOf").get(0);
            } else {
                return s;
            }
        }
        return s;
    }

    /** The non-null type of a (resolved) schema: string, integer, number, boolean, array or object. */
    public static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : null;
        }
        if (type.isArray()) {
            for (Iterator<JsonNode> it = type.elements(); it.hasNext();) {
                String t = it.next().asText();
                if (!t.equals("null")) {
                    return t;
                }
            }
            return null;
        }
        return type.asText();
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
