package cn.shenyang.grassroots.launcher.demo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** What a load did, kind by kind, and a small pool to send independent requests side by side. */
final class Loaded {
    private final Map<String, AtomicLong> counts = new ConcurrentSkipListMap<>();
    private final ExecutorService pool;

    Loaded(ExecutorService pool) {
        this.pool = pool;
    }

    void add(String kind, long n) {
        counts.computeIfAbsent(kind, k -> new AtomicLong()).addAndGet(n);
    }

    Map<String, AtomicLong> counts() {
        return counts;
    }

    /** Runs one task per item on the pool and waits for all; the first failure is rethrown. */
    <T> void each(List<T> items, Consumer<T> task) {
        List<Future<?>> futures = items.stream().<Future<?>>map(i -> pool.submit(() -> task.accept(i))).toList();
        RuntimeException failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
