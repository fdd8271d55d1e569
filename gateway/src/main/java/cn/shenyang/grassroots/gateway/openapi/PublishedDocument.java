package cn.shenyang.grassroots.gateway.openapi;

import cn.shenyang.grassroots.platform.openapi.DocumentConventions;
import cn.shenyang.grassroots.platform.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What only the gateway can say about the published document: where it is served (a templated
 * server with the configured base URL as its default), how to sign in (an OAuth 2.0 scheme whose
 * password and client-credentials flows use the token endpoint, relative to that server, with the
 * roles as scopes), and the rate limit it applies to every API call (the X-RateLimit headers on
 * 2xx and 4xx answers, 429 with Retry-After).
 */
public final class PublishedDocument {
    public static final String SCHEME = "oauth2";
    /** The scheme the services' documents name (platform's quarkus.smallrye-openapi.security-scheme-name). */
    static final String SERVICE_SCHEME = "bearerAuth";
    static final String TOKEN_URL = "/api/v1/auth/token";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "patch");
    private static final Map<String, String> ROLE_SCOPES = Map.of(
            Roles.ADMIN, "Everything, everywhere",
            Roles.ORG_MANAGER, "Read and write inside the caller's subtree",
            Roles.INTEGRATION, "Scripts: read and bulk-load inside the client's scope",
            Roles.DEPARTMENT_LIAISON, "The whistles sent to the caller's department; read org units in scope",
            Roles.VIEWER, "Read inside the caller's subtree");

    private PublishedDocument() {}

    public static ObjectNode finish(ObjectNode doc, String baseUrl) {
        servers(doc, baseUrl);
        security(doc);
        rateLimits(doc);
        return doc;
    }

    private static void servers(ObjectNode doc, String baseUrl) {
        ObjectNode server = doc.putArray("servers").addObject();
        server.put("url", "{baseUrl}");
        server.put("description", "The gateway, the one base URL of the suite: in production its public address, "
                + "locally ./suite's");
        server.put("x-internal", false);
        server.putObject("variables").putObject("baseUrl")
                .put("default", baseUrl.replaceAll("/+$", ""))
                .put("description", "Scheme, host and port of the gateway (./suite serves http://localhost:8080)");
    }

    private static void security(ObjectNode doc) {
        ObjectNode schemes = ((ObjectNode) doc.with("components")).putObject("securitySchemes");
        ObjectNode oauth = schemes.putObject(SCHEME);
        oauth.put("type", "oauth2");
        oauth.put("description", "Sign in at the token endpoint (RFC 6749): a person with the password grant, a script "
                + "with the client-credentials grant. The access token is a short-lived JWT signed with RS256 (key from "
                + "GET /api/v1/auth/jwks; the algorithm is fixed, issuer, expiry and signature are checked by the gateway "
                + "and again by every service), following the JWT best current practices of RFC8725. Scopes are the "
                + "roles: a token carries the roles of its account or client, whatever scope is asked for.");
        ObjectNode flows = oauth.putObject("flows");
        ObjectNode scopes = flows.putObject("password").put("tokenUrl", TOKEN_URL).putObject("scopes");
        for (String role : Roles.BY_RANK) {
            scopes.put(role, ROLE_SCOPES.getOrDefault(role, role));
        }
        flows.putObject("clientCredentials").put("tokenUrl", TOKEN_URL).set("scopes", scopes.deepCopy());
        roles(doc);
        renameRequirements(doc.path("security"));
        doc.path("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            if (OPERATIONS.contains(op.getKey())) {
                renameRequirements(op.getValue().path("security"));
            }
        }));
    }

    /** The accounts', clients' and tokens' {@code roles} are the five roles, nothing else (RoleSet refuses others). */
    private static void roles(ObjectNode doc) {
        ObjectNode schemas = (ObjectNode) doc.with("components").with("schemas");
        ObjectNode role = schemas.putObject("Role");
        role.put("type", "string").put("description", "A role a token carries; see the scopes of the oauth2 scheme");
        Roles.BY_RANK.forEach(role.putArray("enum")::add);
        schemas.forEach(schema -> {
            JsonNode roles = schema.path("properties").path("roles");
            if (roles instanceof ObjectNode array && "array".equals(DocumentConventions.typeOf(array))
                    && "string".equals(DocumentConventions.typeOf(array.path("items")))) {
                array.putObject("items").put("$ref", "#/components/schemas/Role");
                array.put("maxItems", Roles.BY_RANK.size());
            }
        });
    }

    private static void renameRequirements(JsonNode requirements) {
        for (JsonNode requirement : requirements) {
            if (requirement instanceof ObjectNode r && r.has(SERVICE_SCHEME)) {
                r.set(SCHEME, r.remove(SERVICE_SCHEME));
            }
        }
    }

    /** GatewayFilters answers every /api/ call with these headers, and 429 once the caller's period is used up. */
    private static void rateLimits(ObjectNode doc) {
        ObjectNode components = (ObjectNode) doc.with("components");
        ObjectNode headers = components.has("headers") ? (ObjectNode) components.get("headers")
                : components.putObject("headers");
        header(headers, "X-RateLimit-Limit", "Requests the caller may send per period (by the caller's strongest role)");
        header(headers, "X-RateLimit-Remaining", "Requests left in the current period");
        header(headers, "Retry-After", "Seconds until the caller may send again");
        ObjectNode responses = components.has("responses") ? (ObjectNode) components.get("responses")
                : components.putObject("responses");
        ObjectNode tooMany = responses.putObject("TooManyRequests");
        tooMany.put("description", "Too many requests in this period; wait Retry-After seconds");
        ObjectNode tooManyHeaders = tooMany.putObject("headers");
        for (String h : new String[] {"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"}) {
            tooManyHeaders.putObject(h).put("$ref", "#/components/headers/" + h);
        }
        tooMany.putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", "#/components/schemas/Problem");

        doc.path("paths").fields().forEachRemaining(item -> {
            if (!item.getKey().startsWith("/api/")) {
                return;
            }
            item.getValue().fields().forEachRemaining(op -> {
                if (!OPERATIONS.contains(op.getKey()) || !(op.getValue().get("responses") instanceof ObjectNode rs)) {
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = rs.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> r = it.next();
                    if ((r.getKey().startsWith("2") || r.getKey().startsWith("4")) && !r.getKey().equals("429")
                            && r.getValue() instanceof ObjectNode response && !response.has("$ref")) {
                        ObjectNode h = (ObjectNode) response.with("headers");
                        h.putObject("X-RateLimit-Limit").put("$ref", "#/components/headers/X-RateLimit-Limit");
                        h.putObject("X-RateLimit-Remaining").put("$ref", "#/components/headers/X-RateLimit-Remaining");
                    }
                }
                if (!(rs.get("429") instanceof ObjectNode own)) {
                    rs.putObject("429").put("$ref", "#/components/responses/TooManyRequests");
                } else if (!own.has("$ref")) {
                    // the operation's own 429 (the token endpoint's login lock-out) comes with the same headers
                    ObjectNode h = (ObjectNode) own.with("headers");
                    for (String name : new String[] {"Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"}) {
                        h.putObject(name).put("$ref", "#/components/headers/" + name);
                    }
                }
            });
        });
    }

    private static void header(ObjectNode headers, String name, String description) {
        ObjectNode h = headers.putObject(name);
        h.put("description", description);
        h.putObject("schema").put("type", "integer").put("format", "int32").put("minimum", 0)
                .put("maximum", Integer.MAX_VALUE);
    }
}
