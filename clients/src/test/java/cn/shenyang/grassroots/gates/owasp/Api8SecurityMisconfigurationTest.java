package cn.shenyang.grassroots.gates.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Callers;
import cn.shenyang.grassroots.gates.support.Document;
import cn.shenyang.grassroots.gates.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * API8:2023 Security misconfiguration. Error hygiene: whatever goes wrong, on every operation, the
 * answer is a problem+json without class names, stack frames, SQL or database messages. CORS: an
 * origin that is not configured is not allowed. Tokens are not cached by intermediaries.
 */
class Api8SecurityMisconfigurationTest {
    /** What a leaking error looks like: a Java class or frame, SQL, a PostgreSQL message. */
    static final Pattern LEAK = Pattern.compile("(java|jakarta|org\\.hibernate|io\\.quarkus|io\\.vertx|com\\.fasterxml)\\."
            + "|Exception|\\tat |\\bat [a-z]+\\.[a-z]|SQLState|ERROR: |\\bselect .* from\\b|\\binsert into\\b|PSQL|Caused by",
            Pattern.CASE_INSENSITIVE);

    private final Callers callers = Callers.get();

    @Test
    void noErrorAnswerNamesAClassAFrameOrSql() {
        List<String> failures = new ArrayList<>();
        int errors = 0;
        String[] bodies = {"{\"unterminated", "[1,2", "{\"name\":{\"deep\":[[[[[[[]]]]]]]}}", "{\"a\":\"\\ud800\"}",
            "{\"id\":\"' or 1=1 --\",\"name\":\"'; drop table x; --\"}", "null", "\"just a string\"", "{\"n\":1e999999}"};
        for (Document.Operation op : Document.get().operations()) {
            String path = callers.baseUrl + op.path().replaceAll("\\{[^}]+}", "not-a-uuid'--");
            for (String body : op.hasJsonBody() ? bodies : new String[] {null}) {
                Http.Answer a = Http.send(op.method(), path + "?sort=name;drop%20table&page=-1", callers.admin,
                        body == null ? null : "application/json", body, Map.of("If-Match", "\"' or '1'='1\""));
                errors++;
                if (a.status() < 400 || !a.contentType().startsWith("application/problem+json")
                        || LEAK.matcher(a.body()).find() || a.status() >= 500) {
                    failures.add(op + " with " + body + " answers " + a);
                }
            }
        }
        System.out.println("[API8] " + errors + " erroneous requests");
        assertEquals(List.of(), failures);
    }

    @Test
    void anOriginThatIsNotConfiguredIsNotAllowed() {
        Http.Answer preflight = Http.send("OPTIONS", callers.baseUrl + "/api/v1/org-units", null, null, null, Map.of(
                "Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
        assertNull(preflight.header("Access-Control-Allow-Origin"), preflight.toString());
        Http.Answer read = Http.send("GET", callers.baseUrl + "/api/v1/org-units?size=1", callers.admin, null, null,
                Map.of("Origin", "https://evil.example"));
        String allowed = read.header("Access-Control-Allow-Origin");
        assertTrue(allowed == null || (!allowed.equals("*") && !allowed.contains("evil")), read.toString());
    }

    @Test
    void tokensAreNotCached() {
        Http.Answer token = Http.send("POST", callers.baseUrl + "/api/v1/auth/token", null,
                "application/x-www-form-urlencoded", "grant_type=password&username=nobody-" + UUID.randomUUID()
                        + "&password=x", Map.of("X-Forwarded-For", "198.51.100.200"));
        assertEquals("no-store", token.header("Cache-Control"), token.toString());
    }
}
