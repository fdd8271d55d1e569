package cn.shenyang.grassroots.gates.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed loop of keep-alive connections through the gateway, each with one request in flight,
 * sending the next as soon as the answer is read; the n-th request is of the kind the weights give
 * n. Every answer is recorded by kind: latency, status, and for a write answered 201 the id it
 * acknowledged, so a later check can read every acknowledged record back.
 */
final class Mix {
    /** The gateway answers 504 at its route's budget; the answer still has to travel on a busy machine. */
    static final Duration ANSWER_MARGIN = Duration.ofSeconds(1);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /**
     * One kind of request: a path (for a write, with its JSON body) from the running number, the
     * status that counts as success, the time budget of its route (an answer later than that, or
     * none, is a hang), and for writes the path that reads an acknowledged record back.
     */
    record Kind(String name, int weight, LongFunction<String> path, LongFunction<String> body, int expected,
            Duration budget, String readBack) {
        static Kind read(String name, int weight, LongFunction<String> path, Duration budget) {
            return new Kind(name, weight, path, null, 200, budget, null);
        }

        static Kind create(String name, int weight, String path, LongFunction<String> body, Duration budget,
                String readBack) {
            return new Kind(name, weight, n -> path, body, 201, budget, readBack);
        }
    }

    /**
     * What one kind got: latencies of its successes, failures by status (0: no answer), hangs (an
     * answer, or none, later than the route's budget and a margin), acknowledged ids.
     */
    static final class Tally {
        final Kind kind;
        final AtomicLong ok = new AtomicLong();
        final AtomicLong hung = new AtomicLong();
        final Map<Integer, AtomicLong> failures = new java.util.concurrent.ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        volatile long slowestNanos;

        Tally(Kind kind) {
            this.kind = kind;
        }

        long errors() {
            return failures.values().stream().mapToLong(AtomicLong::get).sum();
        }

        double percentileMs(double p) {
            return Mix.percentileMs(latencies.stream(), p);
        }

        String failuresByStatus() {
            Map<Integer, Long> m = new TreeMap<>();
            failures.forEach((status, count) -> m.put(status, count.get()));
            return m.isEmpty() ? "" : m.toString();
        }
    }

    /** The answer of a run: a tally per kind, and how long it lasted. */
    record Result(List<Tally> tallies, double seconds) {
        long requests() {
            return tallies.stream().mapToLong(t -> t.ok.get() + t.errors()).sum();
        }

        long errors() {
            return tallies.stream().mapToLong(Tally::errors).sum();
        }

        long hung() {
            return tallies.stream().mapToLong(t -> t.hung.get()).sum();
        }

        double p99Ms() {
            return percentileMs(tallies.stream().flatMap(t -> t.latencies.stream()), 0.99);
        }
    }

    /** The {@code p} quantile of latencies in nanoseconds, in milliseconds (0 without any). */
    static double percentileMs(java.util.stream.Stream<Long> nanos, double p) {
        long[] sorted = nanos.mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String api;
    private final List<Kind> kinds;
    private final int[] schedule;

    Mix(String api, List<Kind> kinds) {
        this.api = api;
        this.kinds = kinds;
        // interleaved, not in blocks: each slot goes to the kind furthest behind its share
        this.schedule = new int[kinds.stream().mapToInt(Kind::weight).sum()];
        int[] placed = new int[kinds.size()];
        for (int slot = 0; slot < schedule.length; slot++) {
            int k = 0;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < kinds.size(); i++) {
                double due = (placed[i] + 1.0) / kinds.get(i).weight();
                if (due < best) {
                    best = due;
                    k = i;
                }
            }
            schedule[slot] = k;
            placed[k]++;
        }
    }

    List<Kind> kinds() {
        return kinds;
    }

    /** Each kind once, one after the other: its status and body, to fail fast on a mix that cannot work. */
    String tryEach(String token) {
        StringBuilder wrong = new StringBuilder();
        for (Kind k : kinds) {
            HttpResponse<String> r = http.sendAsync(request(k, 0, token), HttpResponse.BodyHandlers.ofString()).join();
            if (r.statusCode() != k.expected()) {
                wrong.append(k.name()).append(": ").append(r.statusCode()).append(' ').append(r.body()).append('\n');
            }
        }
        return wrong.toString();
    }

    /** Runs {@code connections} loops for {@code duration}. */
    Result run(Supplier<String> token, int connections, Duration duration, long firstNumber) {
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture.delayedExecutor(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> stop.set(true));
        return run(token, connections, stop, firstNumber);
    }

    /** Runs {@code connections} loops until {@code stop} is set. */
    Result run(Supplier<String> token, int connections, AtomicBoolean stop, long firstNumber) {
        List<Tally> tallies = kinds.stream().map(Tally::new).toList();
        AtomicLong sequence = new AtomicLong(firstNumber);
        long started = System.nanoTime();
        CompletableFuture<?>[] loops = new CompletableFuture<?>[connections];
        for (int i = 0; i < connections; i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            loops[i] = done;
            next(token, tallies, sequence, stop, done);
        }
        CompletableFuture.allOf(loops).join();
        return new Result(tallies, (System.nanoTime() - started) / 1e9);
    }

    private void next(Supplier<String> token, List<Tally> tallies, AtomicLong sequence, AtomicBoolean stop,
            CompletableFuture<Void> done) {
        if (stop.get()) {
            done.complete(null);
            return;
        }
        long n = sequence.getAndIncrement();
        int k = schedule[(int) (n % schedule.length)];
        Kind kind = kinds.get(k);
        Tally tally = tallies.get(k);
        long at = System.nanoTime();
        http.sendAsync(request(kind, n, token.get()), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .whenComplete((r, failure) -> {
                    long nanos = System.nanoTime() - at;
                    tally.slowestNanos = Math.max(tally.slowestNanos, nanos);
                    if (failure != null) {
                        // no answer at all (refused, reset, or the client's timeout past the budget)
                        tally.failures.computeIfAbsent(0, s -> new AtomicLong()).incrementAndGet();
                    } else if (r.statusCode() == kind.expected()) {
                        tally.ok.incrementAndGet();
                        tally.latencies.add(nanos);
                        if (kind.readBack() != null) {
                            Matcher m = ID.matcher(r.body());
                            tally.acknowledged.add(m.find() ? m.group(1) : "(201 without an id)");
                        }
                    } else {
                        tally.failures.computeIfAbsent(r.statusCode(), s -> new AtomicLong()).incrementAndGet();
                    }
                    if (nanos > kind.budget().plus(ANSWER_MARGIN).toNanos()) {
                        tally.hung.incrementAndGet();
                    }
                    next(token, tallies, sequence, stop, done);
                });
    }

    private HttpRequest request(Kind kind, long n, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + kind.path().apply(n)))
                // past the route's budget plus a margin, the request has hung
                .timeout(kind.budget().plusSeconds(5))
                .header("Authorization", "Bearer " + token);
        if (kind.body() == null) {
            return b.GET().build();
        }
        return b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(kind.body().apply(n), StandardCharsets.UTF_8)).build();
    }

    /** The table of one run: per kind requests/s, p50/p99 of its successes, failures. */
    static String table(String title, Result result) {
        StringBuilder out = new StringBuilder(String.format("%n%s (%.0f s)%n", title, result.seconds()));
        out.append(String.format("%-34s %8s %8s %9s %9s %9s %7s  %s%n", "kind", "ok", "req/s", "p50 ms", "p99 ms",
                "max ms", "hung", "failures by status (0 = no answer)"));
        for (Tally t : result.tallies()) {
            out.append(String.format("%-34s %8d %8.1f %9.1f %9.1f %9.0f %7d  %s%n", t.kind.name(), t.ok.get(),
                    t.ok.get() / result.seconds(), t.percentileMs(0.5), t.percentileMs(0.99), t.slowestNanos / 1e6,
                    t.hung.get(), t.failuresByStatus()));
        }
        out.append(String.format("%-34s %8d %8.1f %9s %9.1f %9s %7d  errors: %d%n", "all", result.requests() - result.errors(),
                (result.requests() - result.errors()) / result.seconds(), "", result.p99Ms(), "", result.hung(),
                result.errors()));
        return out.toString();
    }
}
