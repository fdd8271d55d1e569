package cn.shenyang.grassroots.gateway.routing;

import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gateway.support.SlowService;
import cn.shenyang.grassroots.gateway.support.Tokens;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The gateway with one place for API requests: a queued write keeps its body; one that waits too long is never sent. */
@QuarkusTest
@TestProfile(InFlightLimitRoutingTest.OnePlace.class)
class InFlightLimitRoutingTest {
    private static final String BRIEF = SlowService.SLOW_PREFIX + "/brief";

    public static class OnePlace implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grassroots.proxy.max-in-flight", "1", "grassroots.proxy.in-flight-lease", "10s");
        }
    }

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aWriteQueuedBehindAnotherRequestIsSentWithItsWholeBodyOnceThePlaceFrees() throws Exception {
        SlowService.server().stubFor(get(urlPathEqualTo(BRIEF)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(500)));
        String token = Tokens.admin();
        CompletableFuture<HttpResponse<String>> holding = hold(BRIEF, token);
        awaitReceived(BRIEF);
        String body = "{\"name\":\"排队的写入\",\"level\":\"VILLAGE\"}";
        long start = System.nanoTime();
        as(token).contentType("application/json").body(body).post(SlowService.ECHO_PREFIX + "?queued=whole")
                .then().statusCode(201).body("echo", equalTo(true));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(200, holding.get(10, TimeUnit.SECONDS).statusCode());
        assertTrue(millis >= 300, "it waited for the brief request to end: " + millis + " ms");
        List<LoggedRequest> sent = SlowService.server().findAll(postRequestedFor(urlPathEqualTo(SlowService.ECHO_PREFIX)))
                .stream().filter(r -> r.getUrl().contains("queued=whole")).toList();
        assertEquals(1, sent.size());
        assertEquals(body, sent.get(0).getBodyAsString());
    }

    @Test
    void aRequestThatCannotGetAPlaceWithinTheConnectTimeoutIsA503AndNeverSent() throws Exception {
        String token = Tokens.admin();
        String held = SlowService.SLOW_PREFIX + "/held-place"; // answered 504 after the route's 1.5 s
        CompletableFuture<HttpResponse<String>> holding = hold(held, token);
        awaitReceived(held);
        as(token).contentType("application/json").body("{\"n\":1}").post(SlowService.ECHO_PREFIX + "?queued=refused")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("urn:grassroots:problem:service-unavailable"))
                .body("detail", containsString("not sent"));

        assertEquals(504, holding.get(10, TimeUnit.SECONDS).statusCode());
        assertEquals(0, SlowService.server().findAll(postRequestedFor(urlPathEqualTo(SlowService.ECHO_PREFIX)))
                .stream().filter(r -> r.getUrl().contains("queued=refused")).count(), "the refused one was never sent");
    }

    private CompletableFuture<HttpResponse<String>> hold(String path, String token) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(gateway.toString()
                .replaceAll("/$", "") + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitReceived(String path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (SlowService.server().findAll(getRequestedFor(urlPathEqualTo(path))).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(1, SlowService.server().findAll(getRequestedFor(urlPathEqualTo(path))).size(), "the holding request arrived");
    }
}
