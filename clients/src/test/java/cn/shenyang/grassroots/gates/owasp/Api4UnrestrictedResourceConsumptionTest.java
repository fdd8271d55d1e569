package cn.shenyang.grassroots.gates.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Callers;
import cn.shenyang.grassroots.gates.support.Document;
import cn.shenyang.grassroots.gates.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API4:2023 Unrestricted resource consumption. Every list caps its page size (201 refused, 200
 * served); every JSON write refuses a body over 1 MiB with 413 problem+json; every API answer
 * carries the caller's rate limit, and a caller over it gets 429 with Retry-After.
 */
class Api4UnrestrictedResourceConsumptionTest {
    private final Callers callers = Callers.get();

    @Test
    void everyListCapsItsPageSize() {
        List<String> failures = new ArrayList<>();
        int lists = 0;
        for (Document.Operation op : Document.get().operations()) {
            if (!op.method().equals("get") || op.parameters("query").stream().noneMatch(p -> p.path("name").asText()
                    .equals("size"))) {
                continue;
            }
            lists++;
            cn.shenyang.grassroots.gates.support.Paths paths = new cn.shenyang.grassroots.gates.support.Paths(
                    callers.baseUrl, callers.admin);
            String query = paths.requiredQuery(op);
            String path = callers.baseUrl + paths.random(op) + "?" + (query.isEmpty() ? "" : query + "&");
            Http.Answer over = Http.get(path + "size=201", callers.admin);
            if (over.status() != 400 || !over.body().contains("size")) {
                failures.add(op + " with size=201 answers " + over);
            }
            Http.Answer max = Http.get(path + "size=200", callers.admin);
            if (max.status() == 400 && max.body().contains("size")) {
                failures.add(op + " refuses size=200: " + max);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(lists > 10, lists + " lists");
    }

    @Test
    void everyJsonWriteRefusesABodyOverTheLimit() {
        String big = "{\"x\":\"" + "y".repeat(1024 * 1024 + 16) + "\"}";
        List<String> failures = new ArrayList<>();
        for (Document.Operation op : Document.get().operations()) {
            if (!op.hasJsonBody()) {
                continue;
            }
            String path = callers.baseUrl + op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Http.Answer a = Http.send(op.method(), path, callers.admin, "application/json", big, Map.of("If-Match", "*"));
            if (a.status() != 413 || !a.contentType().startsWith("application/problem+json")) {
                failures.add(op + " with a 1 MiB body answers " + a.status() + " " + a.contentType());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void answersCarryTheRateLimitAndACallerOverItGets429() {
        Http.Answer read = Http.get(callers.baseUrl + "/api/v1/org-units?size=1", callers.inA.get("VIEWER"));
        assertEquals(200, read.status());
        assertNotNull(read.header("X-RateLimit-Limit"), "the limit is announced");
        assertNotNull(read.header("X-RateLimit-Remaining"));
        Http.Answer refused = Http.get(callers.baseUrl + "/api/v1/org-units/" + UUID.randomUUID(), callers.inA.get("VIEWER"));
        assertNotNull(refused.header("X-RateLimit-Limit"), "on 4xx too: " + refused);

        // an anonymous caller from an address of its own (the gateway believes its local proxy's X-Forwarded-For)
        String address = "203.0.113." + (1 + new java.security.SecureRandom().nextInt(250));
        int limit = -1;
        Http.Answer last = null;
        for (int i = 0; i < 1000 && (last == null || last.status() != 429); i++) {
            last = Http.send("GET", callers.baseUrl + "/api/v1/auth/jwks", null, null, null, Map.of("X-Forwarded-For",
                    address));
            if (limit < 0) {
                limit = Integer.parseInt(last.header("X-RateLimit-Limit"));
            }
        }
        assertEquals(429, last.status(), "the anonymous limit of " + limit + " is enforced");
        assertTrue(Integer.parseInt(last.header("Retry-After")) > 0);
        assertTrue(last.contentType().startsWith("application/problem+json"));
    }
}
