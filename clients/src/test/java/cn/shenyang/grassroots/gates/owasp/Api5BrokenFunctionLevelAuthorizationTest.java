package cn.shenyang.grassroots.gates.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Callers;
import cn.shenyang.grassroots.gates.support.Document;
import cn.shenyang.grassroots.gates.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API5:2023 Broken function level authorization. Every operation's security requirement names the
 * roles that may call it; a caller holding none of them gets 403 problem+json before anything
 * else happens, whatever ids and body it sends, and the ADMIN is never refused. In particular a
 * VIEWER's every write is a 403.
 */
class Api5BrokenFunctionLevelAuthorizationTest {
    /** Writes to the caller's own sign-in, which every role may make: signing out everywhere. */
    static final Set<String> OWN_SIGN_IN = Set.of("DELETE /api/v1/auth/sessions");

    private final Callers callers = Callers.get();

    @Test
    void aRoleNotNamedByAnOperationIsRefusedWith403AndANamedOneIsNot() {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        int viewerWrites = 0;
        for (Document.Operation op : Document.get().operations()) {
            List<String> roles = op.roles();
            if (op.node().path("security").isEmpty() && op.node().has("security")) {
                continue; // open on purpose: the token endpoint and the key set
            }
            if (roles.isEmpty()) {
                failures.add(op + " names no role");
                continue;
            }
            String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Http.Answer asAdmin = Http.send(op.method(), callers.baseUrl + path, callers.admin,
                    op.hasJsonBody() ? "application/json" : null, op.hasJsonBody() ? "{}" : null, Map.of("If-Match", "*"));
            if (asAdmin.status() == 403 || !roles.contains("ADMIN")) {
                failures.add(op + " refuses the ADMIN: " + asAdmin);
            }
            for (var caller : callers.inA.entrySet()) {
                Http.Answer a = Http.send(op.method(), callers.baseUrl + path, caller.getValue(),
                        op.hasJsonBody() ? "application/json" : null, op.hasJsonBody() ? "{}" : null,
                        Map.of("If-Match", "*"));
                boolean allowed = roles.contains(caller.getKey());
                if (!allowed && (a.status() != 403 || !a.contentType().startsWith("application/problem+json"))) {
                    failures.add(op + " as " + caller.getKey() + " (it needs " + roles + ") answers " + a);
                }
                if (!allowed) {
                    refused++;
                }
                if (caller.getKey().equals("VIEWER") && op.isWrite() && !OWN_SIGN_IN.contains(op.toString())) {
                    viewerWrites++;
                    if (allowed) {
                        failures.add(op + " lets a VIEWER write");
                    }
                }
            }
        }
        System.out.println("[API5] " + refused + " calls by a role the operation does not name, " + viewerWrites
                + " of them a VIEWER's write");
        assertEquals(List.of(), failures);
        assertTrue(viewerWrites > 20, "the VIEWER tried every write");
    }
}
