package cn.shenyang.grassroots.gates.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Callers;
import cn.shenyang.grassroots.gates.support.Document;
import cn.shenyang.grassroots.gates.support.Http;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API2:2023 Broken authentication. Every operation that names roles answers 401 problem+json to a
 * request without a token, with a token whose signature was tampered with, and with an unsigned
 * ({@code alg: none}) token carrying the admin's claims. The token endpoint does not say which part
 * of a login was wrong, and slows an address that keeps guessing one account. (Anonymous calls come
 * from addresses of their own, so the anonymous rate limit does not answer first.)
 */
class Api2BrokenAuthenticationTest {
    private final Callers callers = Callers.get();

    @Test
    void everySecuredOperationRefusesAMissingTamperedOrUnsignedToken() {
        String[] parts = callers.admin.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Document.Operation op : Document.get().operations()) {
            if (op.roles().isEmpty()) {
                continue;
            }
            String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String token : new String[] {null, tampered, unsigned, "not-a-jwt"}) {
                Http.Answer a = Http.send(op.method(), callers.baseUrl + path, token,
                        op.hasJsonBody() ? "application/json" : null, op.hasJsonBody() ? "{}" : null,
                        Map.of("X-Forwarded-For", "198.18." + (sent / 250) + "." + (sent % 250 + 1)));
                sent++;
                if (a.status() != 401 || !a.contentType().startsWith("application/problem+json")) {
                    failures.add(op + " with " + (token == null ? "no token" : token.equals(tampered) ? "a tampered token"
                            : token.equals(unsigned) ? "an unsigned token" : "garbage") + " answers " + a);
                }
            }
        }
        System.out.println("[API2] " + sent + " requests without a valid token");
        assertEquals(List.of(), failures);
    }

    @Test
    void aWrongLoginDoesNotSayWhichPartWasWrongAndRepeatedFailuresSlowTheGuesser() {
        String stranger = "nobody-" + UUID.randomUUID();
        Http.Answer unknownUser = login(stranger, "whatever-password", "198.51.100.10");
        Http.Answer wrongPassword = login("admin", "wrong-password-" + UUID.randomUUID(), "198.51.100.11");
        assertEquals(401, unknownUser.status(), unknownUser.toString());
        assertEquals(401, wrongPassword.status(), wrongPassword.toString());
        assertEquals(unknownUser.json().path("detail"), wrongPassword.json().path("detail"));
        assertFalse(unknownUser.body().contains(stranger), "the answer does not echo the user name");

        String victim = "guessed-" + UUID.randomUUID();
        Http.Answer last = null;
        for (int i = 0; i < 8 && (last == null || last.status() != 429); i++) {
            last = login(victim, "guess-" + i, "198.51.100.20");
        }
        assertEquals(429, last.status(), "an address guessing one account is slowed: " + last);
        assertTrue(Integer.parseInt(last.header("Retry-After")) > 0, last.toString());
    }

    /** Each from its own address (the gateway believes X-Forwarded-For from its trusted local proxy). */
    private Http.Answer login(String user, String password, String address) {
        return Http.send("POST", callers.baseUrl + "/api/v1/auth/token", null, "application/x-www-form-urlencoded",
                "grant_type=password&username=" + user + "&password=" + password, Map.of("X-Forwarded-For", address));
    }
}
