package cn.shenyang.grassroots.gates.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Concrete requests for documented operations: each path parameter an existing id (found by
 * listing its collection) or the first value of its enum, and each required query parameter a
 * plausible value ({@code orgUnitId}: an existing org unit's id). The suite's own identities — the
 * admin every gate signs in as and the internal client the services' replicas read the org-unit
 * feed with — are never chosen: a plausible update of either would break the gates that follow.
 */
public final class Paths {
    /** The gateway's bootstrapped client for service-to-service reads (grassroots.bootstrap.internal-client-id). */
    static final String INTERNAL_CLIENT = "suite-internal";
    private final String baseUrl;
    private final String token;
    private final Document doc = Document.get();
    private final Map<String, String> firstIds = new ConcurrentHashMap<>();

    public Paths(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The operation's path with existing ids, or null when one of its collections is empty. */
    public String existing(Document.Operation op) {
        String path = concrete(op);
        return path.contains("~missing~") ? null : path;
    }

    /** The operation's path; a random id where its collection is empty. */
    public String concrete(Document.Operation op) {
        String path = op.path();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            String name = path.substring(open + 1, path.indexOf('}', open));
            JsonNode schema = op.parameters("path").stream().filter(p -> p.path("name").asText().equals(name))
                    .map(p -> doc.resolve(p.path("schema"))).findFirst().orElse(Document.object());
            String value = schema.has("enum") ? schema.get("enum").get(0).asText() : firstId(path.substring(0, open - 1));
            path = path.substring(0, open) + (value == null ? "~missing~" : value) + path.substring(path.indexOf('}', open) + 1);
        }
        return path;
    }

    public String random(Document.Operation op) {
        return concrete(op).replace("~missing~", UUID.randomUUID().toString());
    }

    /** The required query parameters with plausible values, as a query string (empty when none). */
    public String requiredQuery(Document.Operation op) {
        List<String> parts = new ArrayList<>();
        for (JsonNode p : op.parameters("query")) {
            if (p.path("required").asBoolean()) {
                String name = p.path("name").asText();
                parts.add(name + "=" + URLEncoder.encode(valueFor(name, doc.resolve(p.path("schema"))), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }

    private String valueFor(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        String type = Document.typeOf(schema);
        String format = schema.path("format").asText();
        if ("integer".equals(type) || "number".equals(type)) {
            return schema.has("minimum") && schema.get("minimum").asLong() > 0 ? schema.get("minimum").asText() : "1";
        }
        if (format.equals("uuid")) {
            return idFor(name);
        }
        if (format.equals("date")) {
            return LocalDate.now().toString();
        }
        return "boolean".equals(type) ? "false" : "x";
    }

    /**
     * An existing id for a field so named: {@code cadreId} → the first of /api/v1/cadres, else of
     * /api/v1/reserve-cadres; anything else that names no collection (villageId, parentId) → an org unit.
     */
    public String idFor(String name) {
        String kebab = name.replaceAll("Id$", "").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        for (String collection : new String[] {"/api/v1/" + kebab + "s", "/api/v1/reserve-" + kebab + "s",
                "/api/v1/org-units"}) {
            String id = firstId(collection);
            if (id != null) {
                return id;
            }
        }
        return UUID.randomUUID().toString();
    }

    private String firstId(String collection) {
        String id = firstIds.computeIfAbsent(collection, c -> {
            Http.Answer a = Http.get(baseUrl + c, token);
            if (a.status() != 200 || !a.contentType().contains("json")) {
                return "";
            }
            for (JsonNode item : a.json().path("items")) {
                if (!RunningSuite.ADMIN.equals(item.path("username").asText())
                        && !INTERNAL_CLIENT.equals(item.path("clientId").asText())) {
                    return item.path("id").asText("");
                }
            }
            return "";
        });
        return id.isEmpty() ? null : id;
    }
}
