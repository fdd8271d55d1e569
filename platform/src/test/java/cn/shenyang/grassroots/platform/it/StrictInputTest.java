package cn.shenyang.grassroots.platform.it;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strict input, as every service gets it from platform: each bad input is a 4xx problem that names what was wrong. */
@QuarkusTest
class StrictInputTest {
    @TestHTTPResource("/")
    URL base;

    private String note(String text) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/v1/notes")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void controlCharactersInAnyBodyStringAreRefusedNamingTheField() {
        asAdmin().contentType(ContentType.JSON).body("{\"text\":\"a\\u0000b\"}").post("/api/v1/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", containsString("control characters"));
        asAdmin().contentType(ContentType.JSON).body("{\"text\":\"ok\",\"detail\":{\"label\":\"x\\u0007\"}}")
                .post("/api/v1/notes").then().statusCode(400).body("violations[0].field", equalTo("detail.label"));
        asAdmin().contentType(ContentType.JSON).body("{\"text\":\"ok\",\"more\":[{\"label\":\"a\"},{\"tags\":{\"k\":\"\\u001f\"}}]}")
                .post("/api/v1/notes").then().statusCode(400).body("violations[0].field", equalTo("more[1].tags.k"));
        // tab, CR and LF are text
        asAdmin().contentType(ContentType.JSON).body("{\"text\":\"line one\\r\\n\\tline two\"}").post("/api/v1/notes")
                .then().statusCode(201).body("text", equalTo("line one\r\n\tline two"));
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedWithTheTypesTheOperationTakes() throws Exception {
        for (String path : new String[] {"/api/v1/notes", "/api/v1/notes/import"}) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                    .header("Authorization", "Bearer " + TestTokens.token("admin", Roles.ADMIN, null))
                    .POST(HttpRequest.BodyPublishers.ofString("text\nnone")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(r.body().contains(path.endsWith("import") ? "text/csv" : "application/json"), r.body());
        }
        // an import with nothing at all still cannot be read without a type
        HttpResponse<String> empty = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/notes/import"))
                .header("Authorization", "Bearer " + TestTokens.token("admin", Roles.ADMIN, null))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, empty.statusCode(), empty.body());
    }

    @Test
    void controlCharactersInParametersAreRefusedNamingTheParameter() {
        asAdmin().urlEncodingEnabled(false).get("/api/v1/notes?q=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("q"));
        asAdmin().urlEncodingEnabled(false).get("/api/v1/notes/a%01b").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
    }

    @Test
    void aDuplicateKeyIsRefusedNamingIt() {
        asAdmin().contentType(ContentType.JSON).body("{\"text\":\"a\",\"text\":\"b\"}").post("/api/v1/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", containsString("more than once"));
        asAdmin().contentType(ContentType.JSON)
                .body("{\"text\":\"a\",\"more\":[{},{\"label\":\"x\",\"label\":\"y\"}]}").post("/api/v1/notes")
                .then().log().ifValidationFails().statusCode(400).body("violations[0].field", equalTo("more[1].label"));
    }

    @Test
    void anUnknownQueryParameterIsRefusedWithTheAcceptedOnes() {
        asAdmin().queryParam("villageId", "x").get("/api/v1/notes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("villageId"))
                .body("detail", containsString("page, q, since, size"));
        asAdmin().queryParam("q", "x").queryParam("_", "1700000000").get("/api/v1/notes").then().statusCode(200);
        asAdmin().queryParam("x", "1").get("/api/v1/notes/" + note("n")).then().statusCode(400)
                .body("detail", containsString("takes no query parameters"));
    }

    @Test
    void aJsonBodyOverTheLimitIs413WithoutReadingIt() throws Exception {
        String big = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        asAdmin().contentType(ContentType.JSON).body(big).post("/api/v1/notes").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        // without Content-Length (HTTP/1.1 chunked) the body is read with the limit and refused when it passes it
        HttpResponse<String> chunked = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/notes"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + cn.shenyang.grassroots.platform.testing.TestTokens.token("admin", "ADMIN", null))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        // a bulk import of the same size is within its own limit
        asAdmin().contentType("text/csv").body("x".repeat(2 * 1024 * 1024)).post("/api/v1/notes/import")
                .then().statusCode(200).body("bytes", equalTo(2 * 1024 * 1024));
    }

    @Test
    void aTooLongRequestLineIs414AndTooLargeHeadersAre431AsProblems() throws IOException {
        String line = raw("GET /api/v1/notes?q=" + "x".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(line.startsWith("HTTP/1.1 414"), line);
        assertTrue(line.contains("application/problem+json"), line);
        String headers = raw("GET /api/v1/notes HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Big: " + "y".repeat(20000) + "\r\n\r\n");
        assertTrue(headers.startsWith("HTTP/1.1 431"), headers);
        assertTrue(headers.contains("application/problem+json"), headers);
    }

    @Test
    void errorsOfTheHttpLayerAreProblems() {
        asAdmin().contentType(ContentType.JSON).body("{}").delete("/api/v1/notes").then().statusCode(405)
                .contentType("application/problem+json");
        asAdmin().accept("application/xml").get("/api/v1/notes").then().statusCode(406)
                .contentType("application/problem+json");
        asAdmin().contentType("application/xml").body("<a/>").post("/api/v1/notes").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void preconditionsComeBeforeTheBodyIsValidated() {
        String id = note("first");
        // stale If-Match and an invalid body: the precondition answers
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"text\":\"\"}")
                .put("/api/v1/notes/" + id).then().statusCode(412).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"text\":1,\"nope\":true}")
                .put("/api/v1/notes/" + id).then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).body("{\"text\":\"\"}").put("/api/v1/notes/" + id)
                .then().statusCode(428);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"text\":\"x\"}")
                .put("/api/v1/notes/4b1d3c9e-0000-4000-8000-000000000009").then().statusCode(404);
        // a current tag with an invalid body is the body's problem; nothing changed
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"text\":\"\"}")
                .put("/api/v1/notes/" + id).then().statusCode(400).body("violations[0].field", equalTo("text"));
        asAdmin().get("/api/v1/notes/" + id).then().statusCode(200).header("ETag", "\"0\"").body("text", equalTo("first"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"text\":\"second\"}")
                .put("/api/v1/notes/" + id).then().statusCode(200).header("ETag", "\"1\"").body("text", equalTo("second"));
    }

    /** Sends bytes no HTTP client would send and answers the response head and body as text. */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            s.setSoTimeout(5000);
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
