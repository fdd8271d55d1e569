package cn.shenyang.grassroots.gateway.routing;

import cn.shenyang.grassroots.platform.problem.VertxProblems;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code places} API requests (paths under /api/) at once in the whole gateway; other paths
 * (health, metrics, the OpenAPI document) pass untouched. The others wait their turn,
 * oldest first, for at most {@code maxWait}, then answer 503 with Retry-After: 1, never sent.
 * <p>
 * Why: when the suite shares a few cores, every request admitted beyond what the cores can work on
 * only slices their time thinner. All of them then finish late together, the costly ones (an
 * overview, the cadre statistics) latest, while a short queue in front lets each one run at near
 * full speed once admitted. Throughput stays the same; the tail shrinks.
 * <p>
 * A request stops counting once it has been in flight for {@code lease}: by then it is waiting for
 * a slow or stopped service, not using the cores, and must not keep every other service's callers
 * out (a stopped service would otherwise take every place within seconds).
 */
final class InFlightLimit {
    private final Vertx vertx;
    private final AtomicInteger free;
    private final long maxWaitMillis;
    private final long leaseMillis;
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();

    /** One queued request; {@code settled} is taken by whichever comes first, its turn or its time limit. */
    private static final class Waiting {
        final RoutingContext ctx;
        final Context context;
        final AtomicBoolean settled = new AtomicBoolean();
        long timer;

        Waiting(RoutingContext ctx, Context context) {
            this.ctx = ctx;
            this.context = context;
        }
    }

    InFlightLimit(Vertx vertx, int places, long maxWaitMillis, long leaseMillis) {
        this.vertx = vertx;
        this.free = new AtomicInteger(places);
        this.maxWaitMillis = maxWaitMillis;
        this.leaseMillis = leaseMillis;
    }

    /** Lets {@code ctx} go on now or when a place frees, or answers 503 once it has waited too long. */
    void admit(RoutingContext ctx) {
        if (!ctx.request().path().startsWith("/api/")) {
            ctx.next();
            return;
        }
        if (take()) {
            run(ctx);
            return;
        }
        Waiting w = new Waiting(ctx, vertx.getOrCreateContext());
        w.timer = vertx.setTimer(maxWaitMillis, id -> {
            if (w.settled.compareAndSet(false, true)) {
                queue.remove(w);
                ctx.response().putHeader("Retry-After", "1");
                VertxProblems.send(ctx, 503, "service-unavailable", "Service unavailable",
                        "The gateway is busy with as many requests as it lets run at once; this one was not sent; "
                                + "try again shortly");
            }
        });
        queue.add(w);
        handOver(); // a place may have freed between take() and add()
    }

    /** Places free right now (for tests). */
    int free() {
        return free.get();
    }

    private void run(RoutingContext ctx) {
        AtomicBoolean released = new AtomicBoolean();
        long lease = vertx.setTimer(leaseMillis, id -> release(released));
        ctx.addEndHandler(done -> {
            vertx.cancelTimer(lease);
            release(released);
        });
        ctx.next();
    }

    private void release(AtomicBoolean released) {
        if (released.compareAndSet(false, true)) {
            free.incrementAndGet();
            handOver();
        }
    }

    /** Gives free places to the oldest waiters; each one goes on on its own event loop. */
    private void handOver() {
        while (!queue.isEmpty() && take()) {
            Waiting w = queue.poll();
            if (w != null && w.settled.compareAndSet(false, true)) {
                vertx.cancelTimer(w.timer);
                w.context.runOnContext(v -> run(w.ctx));
            } else {
                free.incrementAndGet(); // nobody to give it to: the queue emptied, or its head timed out
            }
        }
    }

    private boolean take() {
        for (int n = free.get(); n > 0; n = free.get()) {
            if (free.compareAndSet(n, n - 1)) {
                return true;
            }
        }
        return false;
    }
}
