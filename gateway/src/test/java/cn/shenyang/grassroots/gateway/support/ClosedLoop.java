package cn.shenyang.grassroots.gateway.support;

import io.vertx.core.Vertx;
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

/**
 * The benchmarks' load generator: a closed loop of {@code concurrency} keep-alive connections, each
 * sending its next GET as soon as the previous answer arrived, for a fixed time (Vert.x HTTP client,
 * in the test JVM). The same code measures every target, so ratios between them are fair.
 */
public final class ClosedLoop {
    private ClosedLoop() {}

    public record Result(long requests, long errors, double seconds, double medianMs, double p99Ms) {
        public double rps() {
            return requests / seconds;
        }
    }

    public static Result run(Vertx vertx, int port, String path, String token, int concurrency, Duration duration) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(concurrency)
                .setKeepAlive(true).setDefaultHost("127.0.0.1").setDefaultPort(port));
        long[] latencies = new long[4_000_000];
        AtomicInteger count = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        CompletableFuture<?>[] workers = new CompletableFuture<?>[concurrency];
        for (int i = 0; i < concurrency; i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            workers[i] = done;
            next(client, path, token, end, latencies, count, errors, done);
        }
        CompletableFuture.allOf(workers).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        client.close();
        int n = Math.min(count.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        double median = n == 0 ? 0 : sorted[n / 2] / 1e6;
        double p99 = n == 0 ? 0 : sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6;
        return new Result(count.get(), errors.get(), seconds, median, p99);
    }

    private static void next(HttpClient client, String path, String token, long end, long[] latencies,
            AtomicInteger count, AtomicLong errors, CompletableFuture<Void> done) {
        if (System.nanoTime() >= end) {
            done.complete(null);
            return;
        }
        long sent = System.nanoTime();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI(path);
        if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
        client.request(options)
                .compose(request -> request.send().compose(response -> response.body().map(body -> response.statusCode())))
                .onComplete(ar -> {
                    if (ar.succeeded() && ar.result() == 200) {
                        int i = count.getAndIncrement();
                        if (i < latencies.length) {
                            latencies[i] = System.nanoTime() - sent;
                        }
                    } else {
                        errors.incrementAndGet();
                    }
                    next(client, path, token, end, latencies, count, errors, done);
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
