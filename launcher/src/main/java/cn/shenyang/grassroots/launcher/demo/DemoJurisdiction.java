package cn.shenyang.grassroots.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo jurisdiction: the article's three Shenyang jurisdictions in 2020 — Xinmin's collective
 * economy, Liaozhong's reserve cadres, Sujiatun's governance, volunteers and postings — loaded
 * through the gateway's public API exactly as a client would, so every record passes the services'
 * own rules. The parts run side by side. Running it again creates nothing twice: creates carry
 * Idempotency-Keys, the services' uniqueness rules answer 409 for what exists, imports report rows
 * already present, and parts without such a rule look up what they made before.
 */
public final class DemoJurisdiction {
    private DemoJurisdiction() {}

    /** Loads everything and prints what it loaded; false (with the reason printed) when a part failed. */
    public static boolean load(String gatewayUrl, String user, String password) {
        long started = System.nanoTime();
        Api api = Api.signIn(gatewayUrl, user, password);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Loaded loaded = new Loaded(pool);
        long replicas = System.nanoTime();
        awaitReplicas(api);
        System.out.printf("  (the services' org-unit replicas caught up in %.1f s)%n", (System.nanoTime() - replicas) / 1e9);
        Map<String, Runnable> parts = new LinkedHashMap<>();
        parts.put("Xinmin rural", () -> new XinminRural(api, loaded).load());
        parts.put("Liaozhong cadres", () -> new LiaozhongCadres(api, loaded).load());
        parts.put("Sujiatun governance", () -> new SujiatunGovernance(api, loaded).load());
        parts.put("Sujiatun volunteers", () -> new SujiatunVolunteers(api, loaded).load());
        parts.put("Sujiatun cadres", () -> new SujiatunCadres(api, loaded).load());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        Map<String, Double> took = new java.util.concurrent.ConcurrentSkipListMap<>();
        for (Map.Entry<String, Runnable> part : parts.entrySet()) {
            Thread t = new Thread(() -> {
                long begun = System.nanoTime();
                try {
                    part.getValue().run();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    took.put(part.getKey(), (System.nanoTime() - begun) / 1e9);
                }
            }, "demo-part");
            t.start();
            threads.add(t);
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        loaded.counts().forEach((kind, n) -> System.out.printf("  %,8d  %s%n", n.get(), kind));
        took.forEach((part, t) -> System.out.printf("  (%s: %.1f s)%n", part, t));
        if (failure.get() != null) {
            System.out.printf("Demo jurisdiction NOT completely loaded (%.1f s, %,d requests): %s%n", seconds,
                    api.requests.get(), failure.get().getMessage());
            return false;
        }
        System.out.printf("Loaded the demo jurisdiction in %.1f s (%,d requests through the gateway)%n", seconds,
                api.requests.get());
        return true;
    }

    /**
     * The other services learn of org units from org-structure's change feed, in its order: once each
     * knows the feed's latest unit, it knows every unit the demo refers to.
     */
    private static void awaitReplicas(Api api) {
        String last = null;
        long after = 0;
        while (true) {
            JsonNode page = api.get("/org-unit-changes?after=" + after + "&limit=5000");
            if (page.get("items").isEmpty()) {
                break;
            }
            last = page.get("items").get(page.get("items").size() - 1).get("orgUnitId").asText();
            after = page.get("nextCursor").asLong();
        }
        List<String> probes = List.of("/collective-income-stats?year=2020&orgUnitId=", "/reserve-cadre-stats?year=2020&orgUnitId=",
                "/volunteer-stats?orgUnitId=");
        long deadline = System.nanoTime() + 120_000_000_000L;
        for (String probe : probes) {
            while (api.status(probe + last) != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The services' org-unit replicas did not catch up in 2 minutes (" + probe + ")");
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** {@code java … DemoJurisdiction http://localhost:8080 admin password}: load into a running suite. */
    public static void main(String[] args) {
        System.exit(load(args[0], args[1], args[2]) ? 0 : 1);
    }
}
