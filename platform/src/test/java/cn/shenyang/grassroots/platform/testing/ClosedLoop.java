package cn.shenyang.grassroots.platform.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The benchmarks' load generator: a closed loop of {@code concurrency} keep-alive connections, each
 * with one request in flight, sending the next as soon as the answer is read, until the time is up
 * (Vert.x HTTP client, in the test JVM). The same code measures every target, so ratios between
 * them are fair.
 */
public final class ClosedLoop {
    private ClosedLoop() {}

    /** One request to send; {@code body} is JSON or null. */
    public record Call(HttpMethod method, String uri, String body) {}

    /** Answers with the expected status ({@code ok}), the others ({@code errors}), and the latencies of the ok ones. */
    public record Result(long ok, long errors, double seconds, double medianMs, double p99Ms) {
        public double perSecond() {
            return ok / seconds;
        }
    }

    /** GETs of one path, expecting 200; {@code token} may be null. */
    public static Result run(Vertx vertx, int port, String path, String token, int concurrency, Duration duration) {
        Call get = new Call(HttpMethod.GET, path, null);
        return run(vertx, port, token, concurrency, duration, n -> get, 200);
    }

    /** Sends {@code calls} (given a running number) and counts answers with status {@code expected}. */
    public static Result run(Vertx vertx, int port, String token, int concurrency, Duration duration,
            IntFunction<Call> calls, int expected) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(concurrency)
                .setKeepAlive(true).setDefaultHost("127.0.0.1").setDefaultPort(port));
        long[] latencies = new long[4_000_000];
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
        double median = n == 0 ? 0 : sorted[n / 2] / 1e6;
        double p99 = n == 0 ? 0 : sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6;
        return new Result(ok.get(), errors.get(), seconds, median, p99);
    }

    private static void next(HttpClient client, String token, IntFunction<Call> calls, int expected, long end,
            long[] latencies, AtomicInteger sent, AtomicInteger ok, AtomicLong errors, CompletableFuture<Void> done) {
        if (System.nanoTime() >= end) {
            done.complete(null);
            return;
        }
        Call call = calls.apply(sent.getAndIncrement());
        long at = System.nanoTime();
        RequestOptions options = new RequestOptions().setMethod(call.method()).setURI(call.uri());
        if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
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

    /** The machine is shared; a busy one makes every figure lower and noisier, so a report says how busy. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
