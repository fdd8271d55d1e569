package cn.shenyang.grassroots.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write operation in the service's own OpenAPI document gets every kind of bad input:
 * malformed JSON, an unknown property, a key twice, a control character, a value of the wrong type,
 * no body, a body over the limit, the wrong media type, an undeclared query parameter and, where the
 * operation takes If-Match, a stale tag with a malformed body (412 before the body is read). Each must
 * answer its 4xx as problem+json and change nothing in the database. A service's test extends this
 * with an existing resource for each path parameter, so a new endpoint is covered without a new test.
 */
public abstract class BadInputContract {
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

    /**
     * The concrete path to send for an operation's path template, with existing ids for its
     * parameters (the precondition, when there is one, is met with {@code If-Match: *}).
     */
    protected abstract String concrete(String template);

    /** The service's database, to show that nothing changed. */
    protected abstract DataSource dataSource();

    /**
     * Tables that count requests rather than hold what a request writes (a rate limiter's usage):
     * every request changes them, refused or not, so the "nothing changed" check leaves them out.
     */
    protected java.util.Set<String> requestCounters() {
        return java.util.Set.of();
    }

    /** The paths this test covers; all of the document's by default (the gateway's document also lists the services'). */
    protected boolean covers(String template) {
        return true;
    }

    /** Who sends the requests: someone allowed to write everywhere. */
    protected RequestSpecification caller() {
        return TestTokens.asAdmin();
    }

    record Operation(String method, String template, Map<String, Object> schema, boolean bodyRequired,
            boolean takesIfMatch) {}

    record BadInput(String name, int status, String contentType, String body, String query, String ifMatch) {
        BadInput(String name, int status, String contentType, String body, String query) {
            this(name, status, contentType, body, query, "*");
        }
    }

    @TestFactory
    public Stream<DynamicContainer> everyWriteRefusesBadInputAndChangesNothing() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        for (var path : new TreeMap<>(paths).entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!WRITES.contains(op.getKey()) || !covers(path.getKey())) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String ref = String.valueOf(document.getString("paths.'" + path.getKey() + "'." + op.getKey()
                        + ".requestBody.content.'application/json'.schema.'$ref'"));
                Map<String, Object> schema = ref.startsWith("#/components/schemas/")
                        ? document.getMap("components.schemas." + ref.substring("#/components/schemas/".length()))
                        : null;
                if (operation.get("requestBody") != null && schema == null
                        && document.get("paths.'" + path.getKey() + "'." + op.getKey() + ".requestBody.content.'application/json'") == null) {
                    continue; // a bulk import (CSV, NDJSON) reads its own format and has tests of its own
                }
                boolean required = Boolean.TRUE.equals(document.get("paths.'" + path.getKey() + "'." + op.getKey()
                        + ".requestBody.required"));
                boolean ifMatch = String.valueOf(operation.get("parameters")).contains("name=If-Match");
                operations.add(new Operation(op.getKey(), path.getKey(), schema, required, ifMatch));
            }
        }
        assertTrue(!operations.isEmpty(), "the document lists write operations");
        return operations.stream().map(op -> DynamicContainer.dynamicContainer(op.method().toUpperCase() + " " + op.template(),
                badInputs(op).stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> send(op, bad)))));
    }

    private void send(Operation op, BadInput bad) throws SQLException {
        String path = concrete(op.template());
        Map<String, String> before = fingerprint();
        RequestSpecification request = caller().urlEncodingEnabled(false).header("If-Match", bad.ifMatch());
        if (bad.contentType() != null) {
            request.contentType(bad.contentType());
        }
        if (bad.body() != null) {
            request.body(bad.body());
        }
        Response answer = request.request(op.method(), path + (bad.query() == null ? "" : "?" + bad.query()));
        String where = op.method().toUpperCase() + " " + path + " with " + bad.name() + ": " + answer.asString();
        assertEquals(bad.status(), answer.statusCode(), where);
        assertTrue(String.valueOf(answer.contentType()).startsWith("application/problem+json"), where);
        String text = answer.asString();
        assertTrue(!text.contains("Exception") && !text.contains("java.") && !text.contains("\tat "), "no class names: " + where);
        assertEquals(before, fingerprint(), "nothing changed: " + where);
    }

    /** The inputs that fit this operation's body schema; an operation without a body gets the query-parameter one. */
    private static List<BadInput> badInputs(Operation op) {
        List<BadInput> inputs = new ArrayList<>();
        inputs.add(new BadInput("an undeclared query parameter", 400, "application/json", "{}", "noSuchParameter=1"));
        if (op.schema() == null) {
            return inputs;
        }
        String json = "application/json";
        if (op.takesIfMatch()) {
            // RFC 9110: the precondition is evaluated before the body is read or validated
            inputs.add(new BadInput("a stale If-Match with a malformed body", 412, json, "{\"unterminated", null,
                    "\"999999\""));
        }
        inputs.add(new BadInput("malformed JSON", 400, json, "{\"unterminated", null));
        inputs.add(new BadInput("an unknown property", 400, json, "{\"noSuchProperty\":1}", null));
        if (op.bodyRequired()) {
            inputs.add(new BadInput("no body", 400, json, null, null));
        }
        inputs.add(new BadInput("text/plain instead of JSON", 415, "text/plain", "hello", null));
        inputs.add(new BadInput("a body over the 1 MiB limit", 413, json,
                "{\"x\":\"" + "y".repeat(1024 * 1024 + 16) + "\"}", null));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) op.schema().get("properties");
        if (properties == null || properties.isEmpty()) {
            return inputs;
        }
        String first = properties.keySet().iterator().next();
        inputs.add(new BadInput("the key " + first + " twice", 400, json,
                "{\"" + first + "\":null,\"" + first + "\":null}", null));
        inputs.add(new BadInput("a value of the wrong type for " + first, 400, json,
                "{\"" + first + "\":" + wrongTypeFor(properties.get(first)) + "}", null));
        properties.entrySet().stream().filter(p -> "string".equals(typeOf(p.getValue()))).findFirst().ifPresent(p ->
                inputs.add(new BadInput("a NUL character in " + p.getKey(), 400, json,
                        "{\"" + p.getKey() + "\":\"a\\u0000b\"}", null)));
        return inputs;
    }

    private static String typeOf(Map<String, Object> property) {
        Object type = property.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("object");
        }
        return type == null ? (property.containsKey("$ref") ? "object" : "string") : type.toString();
    }

    private static String wrongTypeFor(Map<String, Object> property) {
        return switch (typeOf(property)) {
            case "integer", "number" -> "\"not a number\"";
            case "boolean" -> "\"maybe\"";
            case "array" -> "{\"not\":\"an array\"}";
            case "object" -> "[\"not an object\"]";
            default -> property.get("enum") != null ? "\"NO_SUCH_VALUE\"" : "{\"not\":\"a string\"}";
        };
    }

    /** A checksum of every row of every table, so any insert, update or delete shows. */
    private Map<String, String> fingerprint() throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select tablename from pg_tables where schemaname = current_schema()
                    and tablename <> 'flyway_schema_history' order by tablename""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            tables.removeAll(requestCounters());
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) from \""
                        + table + "\" t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            fail("cannot read the database: " + e.getMessage());
        }
        return sums;
    }
}
