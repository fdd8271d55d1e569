package cn.shenyang.grassroots.gates.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Callers;
import cn.shenyang.grassroots.gates.support.Document;
import cn.shenyang.grassroots.gates.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API1:2023 Broken object level authorization. An ORG_MANAGER of one township reads, updates and
 * lists nothing of a sibling township: for every collection in the document, what the admin lists
 * and the manager does not is outside the manager's subtree, and every {@code /{id}} operation of
 * that family answers 404 for it (a read exactly 404; a write never 2xx or 403, and it changes
 * nothing); the manager's lists never hold what was made in the other township, and do hold what
 * was made in the manager's own.
 */
class Api1BrokenObjectLevelAuthorizationTest {
    private final Callers callers = Callers.get();
    private final Document doc = Document.get();
    private final String manager = callers.inA.get("ORG_MANAGER");

    @Test
    void anotherSubtreesIdsAre404OnEveryIdPathAndItsRecordsNeverListed() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> exercised = new LinkedHashMap<>();
        Set<String> seenInA = new LinkedHashSet<>();
        for (Document.Operation list : doc.operations()) {
            if (!list.method().equals("get") || list.path().contains("{") || !list.documents(200)) {
                continue;
            }
            Http.Answer all = Http.get(callers.baseUrl + list.path() + "?size=200", callers.admin);
            Http.Answer mine = Http.get(callers.baseUrl + list.path() + "?size=200", manager);
            if (all.status() != 200 || mine.status() != 200 || !all.json().has("items")) {
                continue; // not a page of resources (statistics, dictionaries) or a whole-tree feed
            }
            Set<String> visible = ids(mine.json());
            seenInA.addAll(visible);
            for (String foreign : callers.createdInB) {
                if (visible.contains(foreign)) {
                    failures.add("GET " + list.path() + " lists " + foreign + " of the other township");
                }
            }
            List<String> outside = new ArrayList<>(ids(all.json()));
            outside.removeAll(visible);
            for (Document.Operation op : doc.operations()) {
                if (!op.path().startsWith(list.path() + "/{")) {
                    continue;
                }
                String id = outside.isEmpty() ? UUID.randomUUID().toString() : outside.get(0);
                String path = op.path().replaceFirst("\\{[^}]+}", id).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                String before = outside.isEmpty() ? null : Http.get(callers.baseUrl + list.path() + "/" + id, callers.admin).body();
                Http.Answer a = Http.send(op.method(), callers.baseUrl + path, manager,
                        op.hasJsonBody() ? "application/json" : null, op.hasJsonBody() ? "{}" : null,
                        Map.of("If-Match", "*", "Idempotency-Key", UUID.randomUUID().toString()));
                if (op.method().equals("get") && a.status() != 404) {
                    failures.add(op + " with another subtree's id answers " + a);
                } else if (a.status() / 100 == 2 || a.status() == 403) {
                    failures.add(op + " with another subtree's id answers " + a);
                }
                if (before != null && !before.equals(Http.get(callers.baseUrl + list.path() + "/" + id, callers.admin).body())) {
                    failures.add(op + " changed another subtree's " + id);
                }
                exercised.merge(outside.isEmpty() ? "a random id" : "another subtree's id", 1, Integer::sum);
            }
        }
        System.out.println("[API1] /{id} operations tried with: " + exercised);
        assertEquals(List.of(), failures);
        assertTrue(seenInA.containsAll(callers.createdInA.subList(0, 2)),
                "the manager's own village and cadre are listed: " + callers.createdInA);
        assertTrue(exercised.getOrDefault("another subtree's id", 0) > 10, exercised.toString());
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new LinkedHashSet<>();
        page.path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
