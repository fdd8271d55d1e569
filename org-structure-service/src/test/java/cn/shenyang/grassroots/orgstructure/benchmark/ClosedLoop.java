package cn.shenyang.grassroots.orgstructure.benchmark;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator on Vert.x: {@code concurrency} keep-alive connections, each with one
 * request in flight, sending the next as soon as the answer is read, until the time is up.
 */
final class ClosedLoop {
    /** One request to send; {@code body} is JSON or null. */
    record Call(HttpMethod method, String uri, String body) {}

    record Result(int ok, long errors, double seconds, double medianMs) {
        double perSecond() {
            return ok / seconds;
        }
    }

    private ClosedLoop() {}

    /** Runs {@code calls} (given a running number) and counts answers with status {@code expected}. */
    static Result run(Vertx vertx, int port, String token, int concurrency, Duration duration, IntFunction<Call> calls,
            int expected) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(concurrency)
                .setKeepAlive(true).setDefaultHost("127.0.0.1").setDefaultPort(port));
        long[] latencies = new long[2_000_000];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        CompletableFuture<?>[] workers = new CompletableFuture<?>[concurrency];
        for (int i = 0; i < concurrency; i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            workers[i] = done;
            next(client, token, calls, expected, end, latencies, sent, ok, errors, done);
        }
        CompletableFuture.allOf(workers).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        client.close();
        int n = Math.min(ok.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        return new Result(ok.get(), errors.get(), seconds, n == 0 ? 0 : sorted[n / 2] / 1e6);
    }

    private static void next(HttpClient client, String token, IntFunction<Call> calls, int expected, long end,
            long[] latencies, AtomicInteger sent, AtomicInteger ok, AtomicLong errors, CompletableFuture<Void> done) {
        if (System.nanoTime() >= end) {
            done.complete(null);
            return;
        }
        Call call = calls.apply(sent.getAndIncrement());
        long at = System.nanoTime();
        RequestOptions options = new RequestOptions().setMethod(call.method()).setURI(call.uri())
                .addHeader("Authorization", "Bearer " + token);
        if (call.body() != null) {
            options.addHeader("Content-Type", "application/json");
        }
        client.request(options)
                .compose(request -> (call.body() == null ? request.send() : request.send(Buffer.buffer(call.body())))
                        .compose(response -> response.body().map(body -> response.statusCode())))
                .onComplete(ar -> {
                    if (ar.succeeded() && ar.result() == expected) {
                        int i = ok.getAndIncrement();
                        if (i < latencies.length) {
                            latencies[i] = System.nanoTime() - at;
                        }
                    } else {
                        errors.incrementAndGet();
                    }
                    next(client, token, calls, expected, end, latencies, sent, ok, errors, done);
                });
    }
}
