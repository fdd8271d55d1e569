package cn.shenyang.grassroots.gates.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * The people the OWASP gates act as, made once per test JVM through the public API: two sibling
 * subtrees (two demo townships, each with a new village and a reserve cadre in it), and for subtree
 * A an ORG_MANAGER, a VIEWER, a DEPARTMENT_LIAISON and an INTEGRATION client; B gets an
 * ORG_MANAGER of its own, so accounts exist on both sides.
 */
public final class Callers {
    private static Callers instance;

    public final String baseUrl;
    public final String admin;
    public final JsonNode townshipA;
    public final JsonNode townshipB;
    /** Tokens of subtree A's callers, by role. */
    public final Map<String, String> inA = new LinkedHashMap<>();
    /** Ids of what was created in B, which nobody in A may see. */
    public final List<String> createdInB = new ArrayList<>();
    /** Ids of what was created in A, which A's callers must see. */
    public final List<String> createdInA = new ArrayList<>();

    private Callers(RunningSuite suite) {
        baseUrl = suite.baseUrl();
        admin = Http.token(baseUrl, RunningSuite.ADMIN, RunningSuite.ADMIN_PASSWORD);
        JsonNode townships = ok(Http.get(baseUrl + "/api/v1/org-units?level=TOWNSHIP&size=200", admin)).path("items");
        townshipA = townships.get(0);
        townshipB = townships.get(1);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String villageA = village(townshipA, "甲村" + tag);
        String villageB = village(townshipB, "乙村" + tag);
        createdInA.add(villageA);
        createdInB.add(villageB);
        createdInA.add(cadre(villageA, "甲" + tag));
        createdInB.add(cadre(villageB, "乙" + tag));
        createdInB.add(account("b-manager-" + tag, "ORG_MANAGER", townshipB.path("id").asText(), null));
        String a = townshipA.path("id").asText();
        // a liaison belongs to a department of the district above township A
        String department = ok(Http.postJson(baseUrl + "/api/v1/departments", admin, """
                {"name":"区民政局%s","districtId":"%s","kind":"GOVERNMENT_DEPARTMENT"}"""
                .formatted(tag, townshipA.path("parentId").asText()))).path("id").asText();
        for (String role : List.of("ORG_MANAGER", "VIEWER", "DEPARTMENT_LIAISON")) {
            String username = "a-" + role.toLowerCase().replace('_', '-') + "-" + tag;
            createdInA.add(account(username, role, a, role.equals("DEPARTMENT_LIAISON") ? department : null));
            inA.put(role, Http.token(baseUrl, username, password(username)));
        }
        String clientId = "a-integration-" + tag;
        ok(Http.postJson(baseUrl + "/api/v1/integration-clients", admin, """
                {"clientId":"%s","name":"gates","clientSecret":"%s","roles":["INTEGRATION"],"orgUnitId":"%s"}"""
                .formatted(clientId, password(clientId), a)));
        Http.Answer token = Http.send("POST", baseUrl + "/api/v1/auth/token", null, "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + password(clientId), Map.of());
        inA.put("INTEGRATION", ok(token).path("access_token").asText());
    }

    public static synchronized Callers get() {
        if (instance == null) {
            instance = new Callers(RunningSuite.get());
        }
        return instance;
    }

    private String village(JsonNode township, String name) {
        return ok(Http.postJson(baseUrl + "/api/v1/org-units", admin, """
                {"name":"%s","level":"VILLAGE","parentId":"%s"}""".formatted(name, township.path("id").asText())))
                .path("id").asText();
    }

    /** A reserve cadre, once the cadre service's replica has the new village (it follows the change feed). */
    private String cadre(String villageId, String name) {
        String body = """
                {"name":"%s","gender":"MALE","birthDate":"1990-03-04","idNumber":"%s","education":"BACHELOR",
                 "partyStatus":"MEMBER","villageId":"%s","source":"PARTY_MEMBER","channel":"PARTY_ORGANIZATION",
                 "phone":"13812345678"}""".formatted(name, idNumber(), villageId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Http.Answer a = Http.postJson(baseUrl + "/api/v1/reserve-cadres", admin, body);
            if (a.status() == 201 || Instant.now().isAfter(deadline) || a.status() >= 500) {
                return ok(a).path("id").asText();
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    private String account(String username, String role, String orgUnitId, String departmentId) {
        return ok(Http.postJson(baseUrl + "/api/v1/accounts", admin, """
                {"username":"%s","displayName":"gates","password":"%s","roles":["%s"],"orgUnitId":"%s"%s}"""
                .formatted(username, password(username), role, orgUnitId,
                        departmentId == null ? "" : ",\"departmentId\":\"" + departmentId + "\""))).path("id").asText();
    }

    private static String password(String who) {
        return "pw-of-" + who + "-long-enough";
    }

    private static JsonNode ok(Http.Answer a) {
        if (a.status() / 100 != 2) {
            throw new IllegalStateException("setting up the callers failed: " + a);
        }
        return a.json();
    }

    private static String idNumber() {
        String body = "210181" + "19900304" + String.format("%03d", new java.security.SecureRandom().nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
