package cn.shenyang.grassroots.gateway.routing;

import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gateway.support.OrgStructureProcess;
import cn.shenyang.grassroots.gateway.support.SlowService;
import cn.shenyang.grassroots.gateway.support.Tokens;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reads, writes, errors and headers through the gateway to a real org-structure-service. */
@QuarkusTest
class RoutingTest {
    @TestHTTPResource("/")
    URL gateway;

    @Test
    void createsAndReadsThroughTheGatewayWithLocationRewrittenAndEtagKept() {
        String admin = Tokens.admin();
        String name = "沈阳市-" + UUID.randomUUID().toString().substring(0, 8);
        var created = as(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "level", "CITY"))
                .post("/api/v1/org-units")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("level", equalTo("CITY"))
                .body("createdBy", equalTo("admin"))
                .extract();
        String id = created.path("id");
        String location = created.header("Location");
        String base = gateway.toString().replaceAll("/$", "");
        assertEquals(base + "/api/v1/org-units/" + id, location,
                "Location must point at the gateway, not at " + OrgStructureProcess.url());

        as(admin).get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("path", matchesPattern("\\d+"));

        // a write with the ETag read through the gateway
        as(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", name + "-renamed"))
                .put("/api/v1/org-units/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo(name + "-renamed"));
    }

    @Test
    void divisionFilesLargerThanAJsonBodyReachTheService() {
        // multipart is a bulk body here as at org-structure: the whole package is 39 MB, not 1 MiB
        StringBuilder csv = new StringBuilder("code,name\n");
        while (csv.length() < 2 << 20) {
            csv.append("11,北京市\n");
        }
        as(Tokens.admin()).multiPart("files", "provinces.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/csv")
                .post("/api/v1/org-units/division-sync?dryRun=true")
                .then().statusCode(422)
                .body("type", equalTo("urn:grassroots:problem:unprocessable"))
                .body("detail", containsString("problem(s) in the files"));
    }

    @Test
    void problemsFromTheServicePassUnchanged() {
        String admin = Tokens.admin();
        String id = as(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "c-" + UUID.randomUUID(), "level", "CITY"))
                .post("/api/v1/org-units").then().statusCode(201).extract().path("id");

        as(admin).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("name", "whatever"))
                .put("/api/v1/org-units/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:precondition-failed"))
                .body("detail", containsString("current ETag \"0\""))
                .body("instance", equalTo("/api/v1/org-units/" + id));

        as(admin).get("/api/v1/org-units/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"));

        as(admin).contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/org-units").then().statusCode(400)
                .body("type", equalTo("urn:grassroots:problem:malformed-json"));

        // the service's own scope rule: someone else's subtree answers 404
        String viewer = TestTokens.token("viewer-" + UUID.randomUUID(), Roles.VIEWER, "999999");
        as(viewer).get("/api/v1/org-units/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:not-found"));
    }

    @Test
    void requestIdIsKeptWhenSentAndCreatedOtherwise() {
        String admin = Tokens.admin();
        as(admin).header("X-Request-Id", "trace-abc-123").get("/api/v1/org-units?size=1")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("trace-abc-123"));
        String generated = as(admin).get("/api/v1/org-units?size=1").then().statusCode(200)
                .extract().header("X-Request-Id");
        UUID.fromString(generated);
        // a header that could forge log lines is replaced
        as(admin).header("X-Request-Id", "evil\tvalue with spaces").get("/api/v1/org-units?size=1")
                .then().header("X-Request-Id", not(equalTo("evil\tvalue with spaces")));
        // the gateway's own endpoints carry one too
        given().get("/api/v1/auth/jwks").then().header("X-Request-Id", not(nullValue()));
    }

    @Test
    void theServiceReceivesTheBodyAndTheForwardingHeaders() {
        String body = "{\"name\":\"" + "村".repeat(20_000) + "\"}";
        as(Tokens.admin()).header("X-Request-Id", "fwd-42").contentType(ContentType.JSON).body(body)
                .post(SlowService.ECHO_PREFIX + "?dryRun=true")
                .then().statusCode(201)
                .header("ETag", "\"3\"")
                .header("Location", equalTo(gateway.toString().replaceAll("/$", "") + SlowService.ECHO_PREFIX + "/7?x=1"))
                .header("X-Request-Id", "fwd-42")
                .body("echo", equalTo(true));
        var sent = SlowService.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(SlowService.ECHO_PREFIX)));
        var request = sent.get(sent.size() - 1);
        assertEquals(body, request.getBodyAsString());
        assertEquals("fwd-42", request.getHeader("X-Request-Id"));
        assertEquals("true", request.queryParameter("dryRun").firstValue());
        assertTrue(request.getHeader("Authorization").startsWith("Bearer "), "services verify the token again");
        assertEquals("127.0.0.1", request.getHeader("X-Forwarded-For"));
        assertEquals("http", request.getHeader("X-Forwarded-Proto"));
    }

    @Test
    void pathsThatCouldEscapeTheirPrefixAreRefused() {
        String admin = Tokens.admin();
        // normalised, it is still under the prefix: refused rather than forwarded raw
        as(admin).urlEncodingEnabled(false).get("/api/v1/org-units/%2e%2e/org-units/" + UUID.randomUUID())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("dot segments"));
        // normalised, it leaves the prefix: the gateway answers itself and no service sees it
        as(admin).urlEncodingEnabled(false).get("/api/v1/org-units/%2e%2e/%2e%2e/q/nothing-here")
                .then().statusCode(404);
    }

    @Test
    void anUnroutedApiPathIsA404Problem() {
        as(Tokens.admin()).get("/api/v1/no-such-things/1").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:http-404"));
        // the gateway's own resources are still reached
        given().get("/api/v1/auth/jwks").then().statusCode(200);
    }

    @Test
    void noTokenIsRefusedAtTheGateway() {
        given().get("/api/v1/org-units").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("POST /api/v1/auth/token"));
    }

    @Test
    void aServiceThatIsDownAnswers503ProblemQuickly() {
        long start = System.nanoTime();
        as(Tokens.admin()).header("X-Request-Id", "down-1").get(SlowService.DOWN_PREFIX + "/42")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .header("X-Request-Id", "down-1")
                .body("type", equalTo("urn:grassroots:problem:service-unavailable"))
                .body("detail", containsString("down-service"))
                .body("instance", equalTo(SlowService.DOWN_PREFIX + "/42"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "answered in " + millis + " ms");
    }

    @Test
    void aSlowServiceAnswers504WithinTheBound() {
        long start = System.nanoTime();
        as(Tokens.admin()).get(SlowService.SLOW_PREFIX + "/1")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:grassroots:problem:gateway-timeout"))
                .body("detail", containsString("slow-service"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // the slow route times out after 1500 ms (SlowService); the stub would answer after 4 s
        assertTrue(millis >= 1400 && millis < SlowService.DELAY_MS, "answered in " + millis + " ms");
    }

    @Test
    void aServiceWithAsManyRequestsInFlightAsItsRouteAllowsMakesTheNextWaitThenAnswers503() throws Exception {
        // as many slow requests as the route's max-connections hold every connection to the service for
        // the route's 1500 ms; the next waits for one for the connect timeout (1 s) and is never sent
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = gateway.toString().replaceAll("/$", "");
        String token = Tokens.admin();
        int before = held(0);
        List<CompletableFuture<HttpResponse<String>>> holding = new ArrayList<>();
        for (int i = 0; i < SlowService.MAX_CONNECTIONS; i++) {
            holding.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + SlowService.SLOW_PREFIX + "/held-" + i))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()));
        }
        // the next one is sent once the service holds them all, well before the first frees its connection
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (held(before) < SlowService.MAX_CONNECTIONS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long start = System.nanoTime();
        as(token).get(SlowService.SLOW_PREFIX + "/waiting")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("urn:grassroots:problem:service-unavailable"))
                .body("detail", containsString("busy"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 900, "waited " + millis + " ms for a connection");
        for (CompletableFuture<HttpResponse<String>> h : holding) {
            assertEquals(504, h.get(10, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(SlowService.MAX_CONNECTIONS, held(before), "the holding ones were sent");
        assertEquals(0, SlowService.server().findAll(getRequestedFor(urlPathEqualTo(SlowService.SLOW_PREFIX + "/waiting")))
                .size(), "the one that waited was never sent");
    }

    /** How many of the held requests the slow service has received since {@code before}. */
    private static int held(int before) {
        return SlowService.server().findAll(getRequestedFor(urlPathMatching(SlowService.SLOW_PREFIX + "/held-.*"))).size()
                - before;
    }

    @Test
    void anImportIsGivenTheBulkTimeoutSinceItIsAnsweredOnceEveryRowIsStored() {
        long start = System.nanoTime();
        as(Tokens.admin()).contentType("text/csv").body("code,name\n11,北京市\n").post(SlowService.SLOW_PREFIX + "/import")
                .then().statusCode(200).body("late", equalTo(true));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= SlowService.DELAY_MS, "the route's 1500 ms did not cut it short: " + millis + " ms");
    }
}
