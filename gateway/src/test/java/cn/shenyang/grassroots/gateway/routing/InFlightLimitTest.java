package cn.shenyang.grassroots.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limit on requests in flight, in front of a Vert.x router whose handlers take as long as asked. */
class InFlightLimitTest {
    private final Vertx vertx = Vertx.vertx();
    private final HttpClient http = HttpClient.newHttpClient();
    /** Requests that reached the handler behind the limit, in the order they did. */
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private InFlightLimit limit;
    private int port;

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aRequestBeyondThePlacesWaitsForOneToFreeThenRuns() throws Exception {
        start(1, 2000, 10_000);
        Behind b = behind("/api/hold/400/first", "/api/hold/0/second");

        assertEquals(200, b.holding().get(5, TimeUnit.SECONDS).statusCode());
        assertEquals(200, b.next().statusCode());
        assertEquals(List.of("first", "second"), ran);
        assertTrue(b.waited() >= 250, "the second ran only once the first ended, after " + b.waited() + " ms");
        awaitFree(1);
    }

    @Test
    void aRequestThatWaitsLongerThanTheBoundIsA503WithRetryAfterAndNeverRuns() throws Exception {
        start(1, 300, 10_000);
        Behind b = behind("/api/hold/1500/first", "/api/hold/0/second");
        HttpResponse<String> refused = b.next();

        assertEquals(503, refused.statusCode());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(null));
        assertTrue(refused.body().contains("\"status\":503") && refused.body().contains("not sent"), refused.body());
        assertTrue(b.waited() >= 250 && b.waited() < 1400,
                "refused after " + b.waited() + " ms, at its bound, before the first ended");
        assertEquals(200, b.holding().get(5, TimeUnit.SECONDS).statusCode());
        assertEquals(List.of("first"), ran);
        awaitFree(1);
    }

    @Test
    void waitingRequestsTakeTheirTurnsOldestFirst() throws Exception {
        start(1, 5000, 10_000);
        CompletableFuture<HttpResponse<String>> holding = send("/api/hold/300/first");
        awaitRan(1);
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            waiting.add(send("/api/hold/20/" + name));
            Thread.sleep(40); // each one queued before the next is sent
        }
        assertEquals(200, holding.get(5, TimeUnit.SECONDS).statusCode());
        for (var w : waiting) {
            assertEquals(200, w.get(5, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(List.of("first", "a", "b", "c", "d"), ran);
        awaitFree(1);
    }

    @Test
    void aRequestStopsCountingOnceItHasBeenInFlightForTheLease() throws Exception {
        start(1, 2000, 300);
        Behind b = behind("/api/hold/3000/stuck", "/api/hold/0/next");

        assertEquals(200, b.next().statusCode());
        assertTrue(b.waited() < 1500, "the stuck one gave up its place at the lease; the next waited " + b.waited() + " ms");
        assertEquals(200, b.holding().get(5, TimeUnit.SECONDS).statusCode());
        awaitFree(1); // given back once, not again when the stuck one ended
    }

    @Test
    void aCallerWhoHangsUpGivesThePlaceBack() throws Exception {
        start(2, 2000, 10_000);
        HttpClient impatient = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> abandoned = impatient.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/hang/gone")).timeout(Duration.ofMillis(300)).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitRan(1);
        assertTrue(abandoned.handle((r, e) -> e != null).get(5, TimeUnit.SECONDS), "the caller timed out");
        awaitFree(2);
        assertEquals(200, send("/api/hold/0/after").get(5, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void pathsOutsideTheApiAreNotCounted() throws Exception {
        start(1, 300, 10_000);
        CompletableFuture<HttpResponse<String>> holding = send("/api/hold/1000/first");
        awaitRan(1);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals(200, holding.get(5, TimeUnit.SECONDS).statusCode());
    }

    private void start(int places, long maxWaitMillis, long leaseMillis) throws Exception {
        limit = new InFlightLimit(vertx, places, maxWaitMillis, leaseMillis);
        Router router = Router.router(vertx);
        router.route().handler(limit::admit);
        router.get("/api/hold/:ms/:name").handler(ctx -> {
            ran.add(ctx.pathParam("name"));
            vertx.setTimer(Math.max(1, Long.parseLong(ctx.pathParam("ms"))), t -> ctx.response().end("done"));
        });
        router.get("/api/hang/:name").handler(ctx -> ran.add(ctx.pathParam("name"))); // never answers
        router.get("/q/health").handler(ctx -> ctx.response().end("UP"));
        HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        port = server.actualPort();
    }

    /** A request that holds a place, the answer to one sent once it runs, and how long that one took. */
    private record Behind(CompletableFuture<HttpResponse<String>> holding, HttpResponse<String> next, long waited) {}

    private Behind behind(String holdingPath, String nextPath) throws Exception {
        CompletableFuture<HttpResponse<String>> holding = send(holdingPath);
        awaitRan(1);
        long sent = System.nanoTime();
        HttpResponse<String> next = send(nextPath).get(5, TimeUnit.SECONDS);
        return new Behind(holding, next, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
    }

    private CompletableFuture<HttpResponse<String>> send(String path) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitRan(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ran.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(n, ran.size(), "requests that reached the handler");
    }

    private void awaitFree(int places) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (limit.free() != places && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(places, limit.free(), "every place given back, and only once");
    }
}
