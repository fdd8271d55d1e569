package cn.shenyang.grassroots.gates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Document;
import cn.shenyang.grassroots.gates.support.Http;
import cn.shenyang.grassroots.gates.support.RunningSuite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract fuzzing of every documented operation against the running suite, generated from the
 * merged document alone: a plausible request for each operation, then for each one every kind of
 * hostile variant its schema allows us to derive (each required field missing, each field of the
 * wrong type, strings over their maxLength, numbers beyond their bounds, NUL and other control
 * characters, an unknown property, an unknown query parameter, malformed JSON, query parameters of
 * the wrong type or out of range). Every answer must be a documented status with a body that
 * matches its documented schema; no answer may be a 5xx; every variant must be refused with a 4xx
 * problem+json. It prints the requests sent and their count per status code.
 *
 * <p>Why not Portman + Newman: Portman's fuzzing covers required fields, bounds and lengths but
 * neither control characters, unknown properties or query parameters nor wrong types, does not
 * check that a status is documented, and needs a hand-written variable assignment per operation to
 * reach a resource by its id; this reads the same document, finds ids by listing their
 * collections, so a new operation is fuzzed from its first commit, and validates with the JSON
 * Schema 2020-12 validator from Maven Central (com.networknt:json-schema-validator).
 */
class ContractFuzzTest {
    private static final String NUL = "a\u0000b";
    private static final String BELL = "a\u0007b";

    private final RunningSuite suite = RunningSuite.get();
    private final Document doc = Document.get();
    private final String admin = Http.token(suite.baseUrl(), RunningSuite.ADMIN, RunningSuite.ADMIN_PASSWORD);
    private final cn.shenyang.grassroots.gates.support.Paths paths = new cn.shenyang.grassroots.gates.support.Paths(
            suite.baseUrl(), admin);
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<Integer, Integer> statusCounts = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Set<String> findings = new LinkedHashSet<>();
    private int sent;

    record Variant(String name, String query, String contentType, String body, boolean hostile) {}

    @Test
    void everyDocumentedOperationAnswersOnlyDocumentedStatusesAndSchemasAndRefusesHostileInput() {
        for (Document.Operation op : doc.operations()) {
            String path = paths.random(op);
            for (Variant v : variants(op)) {
                send(op, path, v);
            }
        }
        System.out.println("Contract fuzz: " + sent + " requests to " + doc.operations().size() + " operations; by status: "
                + statusCounts);
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(sent > doc.operations().size() * 5, "every operation was fuzzed");
        KnownFindings.assertOnlyKnown("fuzz", new ArrayList<>(findings), KnownFindings.of("fuzz"));
    }

    private void send(Document.Operation op, String path, Variant v) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode h : op.parameters("header")) {
            String name = h.path("name").asText();
            if (name.equalsIgnoreCase("If-Match")) {
                headers.put(name, "*");
            } else if (name.equalsIgnoreCase("Idempotency-Key")) {
                headers.put(name, "fuzz-" + UUID.randomUUID());
            }
        }
        String url = suite.baseUrl() + path + (v.query().isEmpty() ? "" : "?" + v.query());
        Http.Answer a = Http.send(op.method(), url, admin, v.contentType(), v.body(), headers);
        sent++;
        statusCounts.merge(a.status(), 1, Integer::sum);
        String where = op + " with " + v.name();
        if (a.status() >= 500) {
            fail(op, "answers " + a.status(), where + ": " + a);
        }
        if (!op.documents(a.status()) && !op.node().path("responses").has("default")) {
            fail(op, "answers undocumented " + a.status(), where + ": " + a);
            return;
        }
        if (v.hostile() && (a.status() < 400 || a.status() >= 500)) {
            fail(op, "accepts " + v.name().replaceAll(" \\S+$", ""), where + ": " + a);
        }
        validate(op, a, where);
    }

    /** The answer's body against the schema documented for its status and media type. */
    private void validate(Document.Operation op, Http.Answer a, String where) {
        JsonNode content = op.node().path("responses").path(Integer.toString(a.status()));
        content = doc.resolve(content).path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return;
        }
        String type = a.contentType().replaceAll(";.*", "").strip();
        JsonNode media = content.get(type);
        if (media == null) {
            fail(op, "answers " + a.status() + " as undocumented " + type, where + ": documented "
                    + iterable(content.fieldNames()));
            return;
        }
        if (!type.endsWith("json") || media.path("schema").isMissingNode()) {
            return;
        }
        ObjectNode schema = media.get("schema").deepCopy();
        schema.set("components", doc.root.path("components"));
        JsonSchema validator = schemas.getSchema(schema);
        JsonNode body;
        try {
            body = withoutNulls(a.json());
        } catch (IllegalStateException e) {
            fail(op, "answers " + a.status() + " with a body that is not JSON", where + ": " + a);
            return;
        }
        Set<ValidationMessage> errors = validator.validate(body);
        if (!errors.isEmpty()) {
            fail(op, "answers " + a.status() + " off its schema", where + ": " + errors + " in " + a);
        }
    }

    /** A null property counts as absent: required means present and not null, as generated clients read it. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> nulls = new ArrayList<>();
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    withoutNulls(e.getValue());
                }
            });
            o.remove(nulls);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ContractFuzzTest::withoutNulls);
        }
        return node;
    }

    private void fail(Document.Operation op, String finding, String detail) {
        findings.add(op + " " + finding);
        if (failures.size() < 200) {
            failures.add(detail);
        }
    }

    // --- requests -----------------------------------------------------------------------------

    private List<Variant> variants(Document.Operation op) {
        List<Variant> variants = new ArrayList<>();
        String validQuery = validQuery(op);
        JsonNode bodySchema = op.hasJsonBody() ? doc.resolve(op.jsonBodySchema()) : null;
        ObjectNode valid = bodySchema == null ? null : (ObjectNode) sample(bodySchema, 0);
        String json = op.hasJsonBody() ? "application/json" : null;
        String validBody = valid == null ? null : valid.toString();
        variants.add(new Variant("a plausible request", validQuery, json, validBody, false));
        variants.add(new Variant("an unknown query parameter", join(validQuery, "noSuchParameter=1"), json, validBody,
                true));
        for (JsonNode p : op.parameters("query")) {
            String name = p.path("name").asText();
            JsonNode schema = doc.resolve(p.path("schema"));
            String type = Document.typeOf(schema);
            if ("integer".equals(type) || "number".equals(type)) {
                variants.add(new Variant("a word for the number " + name, join(validQuery, name + "=many"), json,
                        validBody, true));
                if (schema.has("maximum") && schema.get("maximum").asLong() < Integer.MAX_VALUE) {
                    variants.add(new Variant("too large a " + name, join(validQuery, name + "="
                            + (schema.get("maximum").asLong() + 1)), json, validBody, true));
                }
                if (schema.has("minimum") && schema.get("minimum").asLong() > Integer.MIN_VALUE) {
                    variants.add(new Variant("too small a " + name, join(validQuery, name + "="
                            + (schema.get("minimum").asLong() - 1)), json, validBody, true));
                }
            } else if ("boolean".equals(type)) {
                variants.add(new Variant("maybe for the boolean " + name, join(validQuery, name + "=maybe"), json,
                        validBody, true));
            } else if ("string".equals(type)) {
                variants.add(new Variant("a NUL character in " + name, join(validQuery, name + "=" + enc(NUL)), json,
                        validBody, true));
                if (schema.has("enum") || schema.has("format")) {
                    variants.add(new Variant("a value out of the enum or format of " + name, join(validQuery, name
                            + "=NO_SUCH_VALUE"), json, validBody, true));
                }
            }
        }
        if (bodySchema == null) {
            return variants;
        }
        variants.add(new Variant("malformed JSON", validQuery, json, "{\"unterminated", true));
        variants.add(new Variant("a JSON array instead of an object", validQuery, json, "[]", true));
        ObjectNode unknown = valid.deepCopy();
        unknown.put("noSuchProperty", 1);
        variants.add(new Variant("an unknown property", validQuery, json, unknown.toString(), true));
        bodySchema.path("required").forEach(r -> {
            ObjectNode missing = valid.deepCopy();
            missing.remove(r.asText());
            variants.add(new Variant("the required " + r.asText() + " missing", validQuery, json, missing.toString(), true));
        });
        bodySchema.path("properties").fields().forEachRemaining(p -> {
            String name = p.getKey();
            JsonNode schema = doc.resolve(p.getValue());
            String type = Document.typeOf(schema);
            ObjectNode wrong = valid.deepCopy();
            wrong.set(name, wrongType(type));
            variants.add(new Variant("the wrong type for " + name, validQuery, json, wrong.toString(), true));
            if ("string".equals(type) && !schema.has("enum")) {
                for (String bad : List.of(NUL, BELL)) {
                    ObjectNode control = valid.deepCopy();
                    control.put(name, bad);
                    variants.add(new Variant((bad.equals(NUL) ? "a NUL character" : "a control character") + " in "
                            + name, validQuery, json, control.toString(), true));
                }
                if (schema.has("maxLength") && schema.get("maxLength").asInt() < 100_000) {
                    ObjectNode longer = valid.deepCopy();
                    longer.put(name, "x".repeat(schema.get("maxLength").asInt() + 1));
                    variants.add(new Variant("a string over the maxLength of " + name, validQuery, json,
                            longer.toString(), true));
                }
            }
            if ("string".equals(type) && schema.has("enum")) {
                ObjectNode outside = valid.deepCopy();
                outside.put(name, "NO_SUCH_VALUE");
                variants.add(new Variant("a value outside the enum of " + name, validQuery, json, outside.toString(), true));
            }
            if (("integer".equals(type) || "number".equals(type)) && schema.has("maximum")) {
                ObjectNode large = valid.deepCopy();
                large.put(name, new java.math.BigDecimal(schema.get("maximum").asText()).add(java.math.BigDecimal.ONE));
                variants.add(new Variant("a number over the maximum of " + name, validQuery, json, large.toString(), true));
            }
            if (("integer".equals(type) || "number".equals(type)) && schema.has("minimum")) {
                ObjectNode small = valid.deepCopy();
                small.put(name, new java.math.BigDecimal(schema.get("minimum").asText()).subtract(java.math.BigDecimal.ONE));
                variants.add(new Variant("a number under the minimum of " + name, validQuery, json, small.toString(), true));
            }
            if ("array".equals(type) && schema.has("maxItems")) {
                ObjectNode many = valid.deepCopy();
                ArrayNode items = many.putArray(name);
                for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                    items.add(sample(doc.resolve(schema.path("items")), 1));
                }
                variants.add(new Variant("an array over the maxItems of " + name, validQuery, json, many.toString(), true));
            }
        });
        return variants;
    }

    private String validQuery(Document.Operation op) {
        return paths.requiredQuery(op);
    }

    /** A value of the schema's shape: enums take their first value, formats a value of the format. */
    private JsonNode sample(JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        schema = doc.resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = Document.typeOf(schema);
        if (type == null || type.equals("object")) {
            ObjectNode o = f.objectNode();
            if (depth < 4) {
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (required.contains(p.getKey()) || depth == 0) {
                        JsonNode value = sample(p.getValue(), depth + 1);
                        // a reference to another resource: an existing one, so the request gets past the lookup
                        o.set(p.getKey(), value.isTextual() && p.getKey().endsWith("Id")
                                && "uuid".equals(doc.resolve(p.getValue()).path("format").asText())
                                ? f.textNode(paths.idFor(p.getKey())) : value);
                    }
                });
            }
            return o;
        }
        return switch (type) {
            case "integer" -> f.numberNode(Math.max(schema.path("minimum").asLong(1), Math.min(1, schema.path("maximum")
                    .asLong(1))));
            case "number" -> f.numberNode(schema.path("minimum").asDouble(1));
            case "boolean" -> f.booleanNode(false);
            case "array" -> f.arrayNode().add(sample(schema.path("items"), depth + 1));
            default -> switch (schema.path("format").asText()) {
                case "uuid" -> f.textNode(UUID.randomUUID().toString());
                case "date" -> f.textNode(LocalDate.now().minusDays(1).toString());
                case "date-time" -> f.textNode("2024-01-01T00:00:00Z");
                default -> f.textNode("fuzz");
            };
        };
    }

    private static JsonNode wrongType(String type) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (type == null ? "object" : type) {
            case "integer", "number" -> f.textNode("not a number");
            case "boolean" -> f.textNode("maybe");
            case "array" -> f.objectNode().put("not", "an array");
            case "object" -> f.arrayNode().add("not an object");
            default -> f.objectNode().put("not", "a string");
        };
    }

    private static String join(String query, String part) {
        return query.isEmpty() ? part : query + "&" + part;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String iterable(Iterator<String> names) {
        List<String> l = new ArrayList<>();
        names.forEachRemaining(l::add);
        return l.toString();
    }
}
