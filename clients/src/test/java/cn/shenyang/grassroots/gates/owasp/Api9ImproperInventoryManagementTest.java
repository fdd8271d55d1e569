package cn.shenyang.grassroots.gates.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Callers;
import cn.shenyang.grassroots.gates.support.Document;
import cn.shenyang.grassroots.gates.support.Http;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API9:2023 Improper inventory management. What the gateway publishes is what it serves: the
 * document names one public server and no internal address; every documented path prefix is
 * served, and a path under it that is not documented is a 404 problem, not a service's internal
 * endpoint; the services' own /q endpoints (health, metrics, their OpenAPI) are not reachable
 * through the public port.
 */
class Api9ImproperInventoryManagementTest {
    private final Callers callers = Callers.get();
    private final Document doc = Document.get();

    @Test
    void theDocumentNamesOnePublicServerAndNoInternalAddress() {
        assertEquals(1, doc.root.path("servers").size());
        assertFalse(doc.root.path("servers").get(0).path("x-internal").asBoolean(true));
        String text = doc.root.toString();
        assertFalse(text.contains("127.0.0.1"), "no internal address");
    }

    @Test
    void undocumentedPathsAndInternalEndpointsAreNotServed() {
        Set<String> families = new LinkedHashSet<>();
        doc.operations().forEach(op -> families.add(op.path().replaceAll("^(/api/v1/[^/]+).*", "$1")));
        List<String> failures = new ArrayList<>();
        for (String family : families) {
            for (String extra : List.of("/" + UUID.randomUUID() + "/no-such-thing", "/q/openapi", "/q/metrics",
                    "/../../q/health")) {
                Http.Answer a = Http.get(callers.baseUrl + family + extra, callers.admin);
                if (a.status() != 404 && a.status() != 400 || !a.contentType().startsWith("application/problem+json")) {
                    failures.add("GET " + family + extra + " answers " + a);
                }
            }
        }
        for (String internal : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/dev-ui", "/api/v2/org-units",
                "/internal/org-units")) {
            Http.Answer a = Http.get(callers.baseUrl + internal, callers.admin);
            if (a.status() == 200) {
                failures.add("GET " + internal + " is served on the public port: " + a);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(families.size() >= 10, families.toString());
    }
}
