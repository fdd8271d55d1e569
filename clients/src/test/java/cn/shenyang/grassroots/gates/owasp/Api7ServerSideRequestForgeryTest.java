package cn.shenyang.grassroots.gates.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.gates.support.Document;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * API7:2023 Server side request forgery. No operation takes an address the server would fetch: no
 * parameter or request property is a URI or is named like one. An operation that needs one must
 * come with an allow-list and a test of its own, and then be named here.
 */
class Api7ServerSideRequestForgeryTest {
    static final List<String> ALLOWED = List.of();

    @Test
    void noOperationTakesAnAddressToFetch() {
        Document doc = Document.get();
        List<String> found = new ArrayList<>();
        for (Document.Operation op : doc.operations()) {
            op.node().path("parameters").forEach(p -> check(doc, op + " parameter " + p.path("name").asText(),
                    p.path("name").asText(), p.path("schema"), found));
            if (op.hasJsonBody()) {
                doc.resolve(op.jsonBodySchema()).path("properties").fields().forEachRemaining(p ->
                        check(doc, op + " property " + p.getKey(), p.getKey(), p.getValue(), found));
            }
        }
        found.removeAll(ALLOWED);
        assertEquals(List.of(), found);
    }

    private static void check(Document doc, String where, String name, JsonNode schema, List<String> found) {
        String format = doc.resolve(schema).path("format").asText();
        if (format.startsWith("uri") || format.equals("url") || name.matches("(?i).*(url|uri|href|callback|webhook)$")) {
            found.add(where);
        }
    }
}
