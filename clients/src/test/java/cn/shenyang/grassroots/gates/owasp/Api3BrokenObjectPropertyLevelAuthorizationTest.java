package cn.shenyang.grassroots.gates.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Callers;
import cn.shenyang.grassroots.gates.support.Document;
import cn.shenyang.grassroots.gates.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API3:2023 Broken object property level authorization, both halves. Mass assignment: no request
 * body in the document offers a property the server owns (id, version, stage, status, audit
 * stamps), and sending one anyway to an existing resource is a 400 naming it, on every write with a
 * JSON body (an update of a kind with no record yet cannot be tried: it is a 404 before its body). Excessive
 * exposure: personal data (ID and phone numbers) reaches a VIEWER only masked, in every list.
 */
class Api3BrokenObjectPropertyLevelAuthorizationTest {
    static final Set<String> SERVER_OWNED = Set.of("id", "version", "stage", "status", "createdAt", "createdBy",
            "updatedAt", "updatedBy", "recordedAt", "recordedBy", "path", "cursor");
    static final Set<String> PERSONAL = Set.of("idNumber", "phone");
    /**
     * Writes whose {@code status} is the caller's record, not a workflow's state: a volunteer's
     * ACTIVE/INACTIVE registration, a member unit's membership on the committee, and the state a
     * follow-up of a meeting's decision reports. Every workflow status stays server-owned.
     */
    static final Set<String> STATUS_IS_RECORDED = Set.of("POST /api/v1/volunteers", "PUT /api/v1/volunteers/{id}",
            "POST /api/v1/member-units", "PUT /api/v1/member-units/{id}",
            "POST /api/v1/residential-compounds/{id}/tripartite-meetings/{meetingId}/decisions/{decisionId}/follow-ups");

    private final Callers callers = Callers.get();
    private final Document doc = Document.get();

    @Test
    void noRequestOffersAServerOwnedPropertyAndSendingOneIsRefused() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        java.util.Set<String> untried = new java.util.TreeSet<>();
        cn.shenyang.grassroots.gates.support.Paths paths = new cn.shenyang.grassroots.gates.support.Paths(callers.baseUrl,
                callers.admin);
        for (Document.Operation op : doc.operations()) {
            if (!op.hasJsonBody()) {
                continue;
            }
            JsonNode schema = doc.resolve(op.jsonBodySchema());
            for (String field : SERVER_OWNED) {
                if (field.equals("status") && STATUS_IS_RECORDED.contains(op.toString())) {
                    continue;
                }
                if (schema.path("properties").has(field)) {
                    failures.add(op + " takes the server-owned " + field);
                    continue;
                }
                String path = paths.existing(op);
                if (path == null) {
                    untried.add(op.toString());
                    continue;
                }
                Http.Answer a = Http.send(op.method(), callers.baseUrl + path, callers.admin, "application/json",
                        "{\"" + field + "\":" + ("version".equals(field) || "cursor".equals(field) ? "7" : "\"x\"") + "}",
                        Map.of("If-Match", "*", "Idempotency-Key", UUID.randomUUID().toString()));
                tried++;
                if (a.status() != 400 || !a.body().contains(field)) {
                    failures.add(op + " with " + field + " answers " + a);
                }
            }
        }
        System.out.println("[API3] " + tried + " writes carrying a server-owned property; not tried (nothing to write to): "
                + untried);
        assertEquals(List.of(), failures);
        assertTrue(tried > 100, "every write was tried");
    }

    @Test
    void aViewerReadsPersonalDataOnlyMasked() {
        String viewer = callers.inA.get("VIEWER");
        List<String> failures = new ArrayList<>();
        int seen = 0;
        for (Document.Operation op : doc.operations()) {
            if (!op.method().equals("get") || op.path().contains("{")) {
                continue;
            }
            Http.Answer a = Http.get(callers.baseUrl + op.path(), viewer);
            if (a.status() != 200 || !a.contentType().contains("json")) {
                continue;
            }
            for (JsonNode item : a.json().path("items")) {
                for (String field : PERSONAL) {
                    String value = item.path(field).asText(null);
                    if (value != null && !item.path(field).isNull()) {
                        seen++;
                        if (!value.contains("*")) {
                            failures.add(op + " shows a VIEWER " + field + " " + value);
                        }
                    }
                }
            }
        }
        System.out.println("[API3] " + seen + " personal values a VIEWER read");
        assertEquals(List.of(), failures);
        assertTrue(seen >= 2, "the viewer's subtree has a reserve cadre with ID and phone numbers");
    }
}
