package cn.shenyang.grassroots.orgstructure.changefeed;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.etag;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgUnitChangeResourceTest {

    @Test
    void everyWriteAppearsInOrderWithItsKind() {
        long start = head();
        String[] c = chain();
        String district2 = createId("DISTRICT", c[0]);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[1]))
                .body(Map.of("name", unique("renamed"))).put("/api/v1/org-units/" + c[1]).then().statusCode(200);
        String oldPath = asAdmin().get("/api/v1/org-units/" + c[2]).then().extract().path("path");
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[2]))
                .body(Map.of("newParentId", district2)).post("/api/v1/org-units/" + c[2] + "/move").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[3]))
                .body(Map.of("reason", "merged")).post("/api/v1/org-units/" + c[3] + "/dissolve").then().statusCode(200);

        List<Map<String, Object>> mine = new ArrayList<>();
        for (Map<String, Object> change : readAll(start)) {
            if (List.of(c[0], c[1], c[2], c[3], district2).contains(change.get("orgUnitId"))) {
                mine.add(change);
            }
        }
        assertEquals(List.of("CREATED", "CREATED", "CREATED", "CREATED", "CREATED", "UPDATED", "MOVED", "DISSOLVED"),
                mine.stream().map(m -> m.get("changeType")).toList());
        Map<String, Object> move = mine.get(6);
        assertEquals(c[2], move.get("orgUnitId"));
        assertEquals(oldPath, move.get("previousPath"));
        assertEquals(district2, move.get("parentId"));
        assertEquals("DISSOLVED", mine.get(7).get("status"));
        assertEquals(1, ((Number) mine.get(5).get("version")).intValue());
    }

    @Test
    void cursorsIncreaseAndAnEmptyReadKeepsTheCursor() {
        long start = head();
        createId("CITY", null);
        createId("CITY", null);
        JsonPath page = asAdmin().queryParam("after", start).queryParam("limit", 1).get("/api/v1/org-unit-changes")
                .then().statusCode(200).extract().jsonPath();
        long first = page.getLong("nextCursor");
        assertTrue(first > start);
        long second = asAdmin().queryParam("after", first).queryParam("limit", 1).get("/api/v1/org-unit-changes")
                .then().extract().jsonPath().getLong("nextCursor");
        assertTrue(second > first);
        long end = head();
        asAdmin().queryParam("after", end).get("/api/v1/org-unit-changes").then()
                .body("items.size()", equalTo(0)).body("nextCursor", equalTo((int) end));
        asAdmin().queryParam("limit", 5001).get("/api/v1/org-unit-changes").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        asAdmin().queryParam("after", "abc").get("/api/v1/org-unit-changes").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * Writers race while a reader follows the feed. The reader must end up with every change
     * exactly once: a cursor it passed must never gain an earlier, later-committed entry.
     */
    @Test
    void concurrentWritersNeverMakeTheReaderMissOrRepeatAChange() throws Exception {
        long start = head();
        String city = createId("CITY", null);
        int writers = 8;
        int perWriter = 15;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        Set<String> created = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    created.add(createId("DISTRICT", city));
                }
                return null;
            }));
        }
        Future<List<Map<String, Object>>> reader = pool.submit(() -> {
            List<Map<String, Object>> seen = new ArrayList<>();
            long cursor = start;
            while (true) {
                boolean stillWriting = writing.get();
                JsonPath batch = asAdmin().queryParam("after", cursor).queryParam("limit", 7)
                        .get("/api/v1/org-unit-changes").then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = batch.getList("items");
                seen.addAll(items);
                cursor = batch.getLong("nextCursor");
                if (items.isEmpty() && !stillWriting) {
                    return seen;
                }
            }
        });
        for (Future<?> f : work) {
            f.get();
        }
        writing.set(false);
        List<Map<String, Object>> seen = reader.get();
        pool.shutdown();

        List<String> districts = seen.stream().filter(m -> city.equals(m.get("parentId")))
                .map(m -> (String) m.get("orgUnitId")).toList();
        assertEquals(writers * perWriter, created.size());
        assertEquals(created, new HashSet<>(districts), "every committed create was read");
        assertEquals(districts.size(), new HashSet<>(districts).size(), "no create was read twice");
        List<Long> cursors = seen.stream().map(m -> ((Number) m.get("cursor")).longValue()).toList();
        for (int i = 1; i < cursors.size(); i++) {
            assertTrue(cursors.get(i) > cursors.get(i - 1), "cursors strictly increase");
        }
    }

    static long head() {
        long cursor = 0;
        while (true) {
            JsonPath batch = asAdmin().queryParam("after", cursor).queryParam("limit", 5000)
                    .get("/api/v1/org-unit-changes").then().extract().jsonPath();
            if (batch.getList("items").isEmpty()) {
                return cursor;
            }
            cursor = batch.getLong("nextCursor");
        }
    }

    static List<Map<String, Object>> readAll(long after) {
        return asAdmin().queryParam("after", after).queryParam("limit", 5000).get("/api/v1/org-unit-changes")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
