package cn.shenyang.grassroots.platform.it;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.time.TimestampJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotent creates and paged lists, as every service's resources use them. */
@QuarkusTest
class NotesTest {
    @Inject
    ObjectMapper mapper;

    private ExtractableResponse<Response> create(String key, String text) {
        return asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("text", text))
                .post("/api/v1/notes").then().extract();
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        var first = create(key, "once");
        assertEquals(201, first.statusCode());
        var again = create(key, "once");
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.<String>path("id"), again.path("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("\"0\"", again.header("ETag"));
        asAdmin().queryParam("q", "once").queryParam("size", 200).get("/api/v1/notes").then()
                .body("items.findAll { it.id == '" + first.path("id") + "' }", hasSize(1));
    }

    @Test
    void timestampsAreWrittenByThePlatformsSerializerAsJacksonWouldWriteThem() throws Exception {
        assertEquals(TimestampJson.class, mapper.getSerializerProviderInstance()
                .findValueSerializer(OffsetDateTime.class).getClass().getEnclosingClass());
        var created = create(UUID.randomUUID().toString(), "stamped");
        OffsetDateTime at = OffsetDateTime.parse(created.path("createdAt"));
        assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at), created.path("createdAt"));
        assertEquals(ZoneOffset.UTC, at.getOffset());
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String text = "first " + key;
        create(key, text);
        var other = create(key, "other " + key);
        assertEquals(422, other.statusCode());
        assertEquals("application/problem+json", other.contentType());
        asAdmin().queryParam("q", key).get("/api/v1/notes").then().body("totalItems", equalTo(1))
                .body("items.text", contains(text));
        assertEquals(400, create("k".repeat(201), "x").statusCode());
    }

    @Test
    void concurrentDuplicatesCreateOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = pool.invokeAll(java.util.Collections.nCopies(8, () -> {
                var r = create(key, "race " + key);
                ids.add(r.path("id"));
                return r.statusCode();
            }));
            for (Future<Integer> a : answers) {
                assertEquals(201, a.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, ids.size());
        asAdmin().queryParam("q", key).get("/api/v1/notes").then().body("totalItems", equalTo(1));
    }

    @Test
    void listsPageAndCountOverAllPages() {
        String tag = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            create(UUID.randomUUID().toString(), tag + " " + i);
        }
        asAdmin().queryParam("q", tag).queryParam("size", 2).get("/api/v1/notes").then()
                .body("totalItems", equalTo(5)).body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2));
        asAdmin().queryParam("q", tag).queryParam("size", 2).queryParam("page", 2).get("/api/v1/notes").then()
                .body("totalItems", equalTo(5)).body("items.text", contains(tag + " 4"));
        asAdmin().queryParam("q", tag).queryParam("size", 2).queryParam("page", 9).get("/api/v1/notes").then()
                .body("totalItems", equalTo(5)).body("items", hasSize(0));
        asAdmin().queryParam("size", 201).get("/api/v1/notes").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }
}
